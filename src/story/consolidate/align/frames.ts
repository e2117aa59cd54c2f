/**
 * @module
 * The language-neutral frame of each claim candidate, as alignment compares them: the story
 * entities it names (ids from story-wide resolution, so "Moskow" and "Moscow" are one), the places
 * among them, its concepts (bilingual concept ids and the pack's shared concept keys), its event
 * concepts, its amounts, the days it is dated to, and its modality. Same-language stems are kept
 * apart from concepts: they align two Indonesian sentences, never an Indonesian and an English one.
 */
import { layer } from "../../../core/doc/document.js";
import type { Modality } from "../../../core/doc/layers/claims.js";
import { parseQuantity } from "../../../core/text/quantities.js";
import type { EntityIndex, Story } from "../story.js";
import { type ClaimItem, eventsOf } from "./items.js";

export interface Amount {
  readonly lo: number;
  readonly hi: number;
  readonly unit: string;
  /** The event the amount counts (`ev:die`), or null; see the claims stage. */
  readonly role: string | null;
  /** The concept of the noun a count of people counts (climber, passenger), or null. */
  readonly noun: string | null;
}

export interface Frame {
  /** Whole statement, or one amount of it (see items.ts). */
  readonly facet: "main" | "amount" | "event";
  /** Entity ids of the people and organisations the statement names. */
  readonly actors: ReadonlySet<string>;
  /** Entity ids (or canonical names) of the places it names. */
  readonly places: ReadonlySet<string>;
  /** The places it says something happened at ("di Vladivostok"), as written, by id. */
  readonly locatives: ReadonlyMap<string, string>;
  /** Concept ids (language-neutral). */
  readonly concepts: ReadonlySet<string>;
  /** The event concepts among them. */
  readonly events: ReadonlySet<string>;
  /** Language-scoped stems of the words no concept covers (`id:tembak`). */
  readonly stems: ReadonlySet<string>;
  readonly amounts: readonly Amount[];
  /** Days (`YYYY-MM-DD`) the statement is dated to. */
  readonly days: readonly string[];
  readonly modality: Modality;
  /** Number of words, for length-ratio features. */
  readonly words: number;
  /** Lower-cased word trigrams of the sentence: shared runs of words mark copied text. */
  readonly trigrams: ReadonlySet<string>;
}

export function framesOf(items: readonly ClaimItem[], story: Story, entities: EntityIndex): Frame[] {
  const mentionsOf = new Map(story.articles.map(({ key, doc }) => [key, layer(doc, "mentions")]));
  return items.map((item) => {
    const c = item.claim;
    const actors = new Set<string>();
    const places = new Set<string>();
    for (const m of mentionsOf.get(item.article) ?? []) {
      if (m.start < c.start || m.end > c.end) continue;
      const id = entities.at(item.article, m.start, m.end)?.id ?? `name:${m.canonical.toLowerCase()}`;
      if (m.type === "place") places.add(id);
      else if (m.type === "person" || m.type === "organization") actors.add(id);
    }
    const locatives = new Map<string, string>();
    c.slots.places.forEach((p, k) => {
      const entity = entities.byName(p);
      const id = entity?.id ?? `name:${p.toLowerCase()}`;
      places.add(id);
      // Only what the entity stage typed as a place can be disputed ("di Lantai 3" is a floor).
      if (entity?.type === "place") locatives.set(id, c.placeSurfaces?.[k] ?? p);
    });
    const concepts = new Set<string>(c.concepts ?? []);
    const stems = new Set<string>();
    const lang = item.language ?? "und";
    for (const k of c.slots.keywords) {
      if (k.startsWith("#")) concepts.add(k);
      else stems.add(`${lang}:${k}`);
    }
    const eventSet = item.event ? new Set([item.event.concept]) : new Set(eventsOf(c, item.language));
    const amountAt = (k: number): Amount | null => {
      const q = parseQuantity(c.slots.quantities[k]!);
      return q ? { ...q, role: c.quantityRoles?.[k] ?? null, noun: c.quantityNouns?.[k] ?? null } : null;
    };
    const amounts = c.slots.quantities.map((_, k) => amountAt(k)).filter((q): q is Amount => q !== null);
    const facetAmount = item.facet >= 0 ? amountAt(item.facet) : null;
    return {
      facet: item.event ? "event" : item.facet >= 0 ? "amount" : "main",
      actors,
      places,
      locatives,
      concepts,
      events: eventSet,
      stems,
      amounts: item.facet >= 0 ? (facetAmount ? [facetAmount] : []) : amounts,
      days: item.event
        ? [item.event.day]
        : [...new Set(c.slots.dates.filter((d) => /^\d{4}-\d{2}-\d{2}/.test(d)).map((d) => d.slice(0, 10)))],
      modality:
        c.modality ??
        (c.hedged ? "hedged" : c.background ? "background" : c.attributed ? "attributed" : "asserted"),
      words: (c.text.match(/\p{L}+/gu) ?? []).length,
      trigrams: trigramsOf(c.text),
    };
  });
}

/**
 * The keys a frame is indexed under for blocking: entities, concepts, stems and amounts for a
 * whole statement; for an amount facet, only its amount (exact and to two significant figures,
 * so "302" meets "about 300"), since the facet exists to meet other statements of that amount.
 */
export function blockingKeys(f: Frame): string[] {
  if (f.facet === "event") return [...f.events].map((e) => `e:${e}@${f.days[0]}`);
  if (f.facet === "amount") {
    // The bare number too: "11 climbers", "11 bodies" and "11 orang" count the same dead.
    return f.amounts.flatMap((q) => [`q:${q.unit}:${q.lo}`, `q:${q.unit}:~${roughly(q.lo)}`, `q:*:${q.lo}`]);
  }
  return [
    ...[...f.actors].map((a) => `a:${a}`),
    ...[...f.places].map((p) => `p:${p}`),
    ...[...f.concepts].map((c) => `c:${c}`),
    ...[...f.stems].map((s) => `s:${s}`),
    ...f.amounts.map((q) => `n:${q.unit}:${q.lo}`),
  ];
}

/** Two significant figures: 302 → 300, 5.6 → 5.6, 1,234 → 1,200. */
function roughly(x: number): number {
  if (x === 0) return 0;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
  return Math.round(x / p) * p;
}

function trigramsOf(text: string): Set<string> {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}
