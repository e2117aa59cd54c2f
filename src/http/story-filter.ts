/**
 * @module
 * Story list filtering. The store lists stories by update time; the list view wants them newest
 * first by publication and filtered by language, outlet, date range and words. Filters run here
 * over the store's records so every backend behaves the same; words go through the store's
 * full-text search (which knows Indonesian inflection) and also match story titles.
 */
import type { Store, StoryRecord } from "../storage/store.js";

export interface StoryFilter {
  readonly q?: string;
  readonly language?: string;
  readonly outlet?: string;
  readonly from?: string;
  readonly to?: string;
  /** Only stories updated at or after this ISO date. */
  readonly since?: string;
  readonly limit: number;
  readonly offset: number;
}

/** How many stories (and search hits) one listing looks at; beyond this, narrow with filters. */
const SCAN = 5000;

const newest = (s: StoryRecord): string => s.lastPublished ?? s.firstPublished ?? s.updatedAt;

/** Dates compare as ISO prefixes: `to=2023-09` includes everything in September 2023. */
function inRange(s: StoryRecord, from?: string, to?: string): boolean {
  const first = s.firstPublished ?? s.lastPublished;
  const last = s.lastPublished ?? s.firstPublished;
  if (!first || !last) return !from && !to;
  if (from && last.slice(0, from.length) < from) return false;
  if (to && first.slice(0, to.length) > to) return false;
  return true;
}

export async function filterStories(
  store: Store,
  f: StoryFilter,
): Promise<{ total: number; stories: StoryRecord[] }> {
  let stories = await store.listStories({ limit: SCAN, ...(f.since ? { since: f.since } : {}) });
  if (f.language) stories = stories.filter((s) => s.languages.includes(f.language as string));
  if (f.outlet) {
    const wanted = f.outlet.toLocaleLowerCase();
    stories = stories.filter((s) => s.outlets.some((o) => o.toLocaleLowerCase() === wanted));
  }
  if (f.from || f.to) stories = stories.filter((s) => inRange(s, f.from, f.to));
  const q = f.q?.trim();
  if (q) {
    const hits = await store.search(q, { limit: SCAN });
    const ids = new Set(hits.map((h) => h.article.storyId).filter((id): id is string => !!id));
    const words = q.toLocaleLowerCase().split(/\s+/);
    stories = stories.filter(
      (s) => ids.has(s.id) || words.every((w) => (s.title ?? "").toLocaleLowerCase().includes(w)),
    );
  }
  stories.sort((a, b) => (newest(a) < newest(b) ? 1 : newest(a) > newest(b) ? -1 : a.id.localeCompare(b.id)));
  return { total: stories.length, stories: stories.slice(f.offset, f.offset + f.limit) };
}
