/**
 * @module
 * Figures the story page derives from a dossier: per-article origin and copy groups, coverage
 * counts, articles per day, and the story's own date window (so background history does not
 * flatten the week the story happened in). Pure functions, no rendering.
 */
import type { Dossier, DossierArticle } from "../../core/dossier.js";
import { dateValue } from "../format.js";

const DAY = 86_400_000;

/** The origin group an article belongs to, as one label ("AFP/Reuters", or the outlet itself). */
export const originGroup = (a: DossierArticle): string => a.origins.join("/") || a.outlet || "unknown";

/**
 * Copy groups: articles that rest on the same origins as another article of the story (wire copy
 * or one outlet's text repeated) share a group number; an article alone on its origins gets none.
 */
export function copyGroups(articles: readonly DossierArticle[]): Map<string, number> {
  const byGroup = new Map<string, string[]>();
  for (const a of articles) {
    const g = originGroup(a);
    byGroup.set(g, [...(byGroup.get(g) ?? []), a.id]);
  }
  const out = new Map<string, number>();
  let n = 0;
  for (const ids of byGroup.values()) {
    if (ids.length < 2) continue;
    n += 1;
    for (const id of ids) out.set(id, n);
  }
  return out;
}

export interface Count {
  readonly label: string;
  readonly n: number;
}

function tally(values: readonly string[]): Count[] {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m]
    .map(([label, n]) => ({ label, n }))
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
}

export function coverage(articles: readonly DossierArticle[], outletOf: (a: DossierArticle) => string) {
  return {
    outlets: tally(articles.map(outletOf)),
    origins: tally(articles.map(originGroup)),
    languages: tally(articles.map((a) => a.language ?? "unknown")),
  };
}

/** The publication day of an article (YYYY-MM-DD), when known to the day. */
export const dayOf = (a: DossierArticle): string | undefined => {
  const v = a.published.value;
  return v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined;
};

/** Articles per day over the story's span, with the empty days in between (at most 120 days). */
export function perDay(articles: readonly DossierArticle[]): { days: Count[]; undated: number } {
  const days = articles.map(dayOf);
  const dated = days.filter((d): d is string => !!d).sort();
  const undated = days.length - dated.length;
  if (dated.length === 0) return { days: [], undated };
  const counts = new Map(tally(dated).map((c) => [c.label, c.n]));
  const first = dateValue(dated[0]!);
  const last = dateValue(dated[dated.length - 1]!);
  const out: Count[] = [];
  // A long tail (an old article in the story) would make hundreds of empty bars: show only the
  // days that have articles once the span is over 120 days.
  if ((last - first) / DAY > 120) return { days: [...counts].map(([label, n]) => ({ label, n })), undated };
  for (let t = first; t <= last; t += DAY) {
    const label = new Date(t).toISOString().slice(0, 10);
    out.push({ label, n: counts.get(label) ?? 0 });
  }
  return { days: out, undated };
}

/**
 * The story's own window: from a week before its first article to a week after its last (events
 * announced for the coming days belong to it), as [start, end) timestamps; null when no article is
 * dated.
 */
export function storyWindow(dossier: Dossier): [number, number] | null {
  const times = dossier.articles
    .map((a) => (a.published.value ? dateValue(a.published.value) : Number.NaN))
    .filter((t) => !Number.isNaN(t));
  if (times.length === 0) return null;
  return [Math.min(...times) - 7 * DAY, Math.max(...times) + 8 * DAY];
}

/** The [start, end) a date of any precision covers: "2023-09" is the whole of September. */
export function dateSpan(date: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) - 1 : undefined;
  const d = m[3] ? Number(m[3]) : undefined;
  if (mo === undefined) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  if (d === undefined) return [Date.UTC(y, mo, 1), Date.UTC(y, mo + 1, 1)];
  return [Date.UTC(y, mo, d), Date.UTC(y, mo, d + 1)];
}

/**
 * Whether a timeline date belongs to the story's own window. A coarse date counts only when it
 * is no wider than a month and overlaps the window: "2023-09" in a September story does, "2023"
 * (any day of a year) is background.
 */
export function inStoryWindow(date: string, window: [number, number] | null): boolean {
  if (!window) return true;
  const s = dateSpan(date);
  if (!s || s[1] - s[0] > 31 * DAY) return false;
  return s[0] < window[1] && s[1] > window[0];
}
