/**
 * @module
 * The features of a pair of frames that the alignment model weighs. Each is language-neutral:
 * overlap of concepts, entities and places (IDF-weighted, so the story's ubiquitous names count
 * for little), agreement or conflict of days, amounts and modality, whether the two share an
 * event or name different events, and same-language stem overlap as a separate feature so a
 * bilingual pair is not judged by a signal it cannot have.
 */
import { sameAmount } from "../../../core/text/quantities.js";
import type { KeyWeights } from "./blocking.js";
import type { Amount, Frame } from "./frames.js";

export const FEATURES = [
  "concepts",
  "actors",
  "places",
  "stems",
  "sharedEvent",
  "otherEvents",
  "sameDay",
  "otherDay",
  "sameAmount",
  "otherAmount",
  "sameModality",
  "planVsFact",
  "negationMismatch",
  "crossLanguage",
  "lengthRatio",
  "allKeys",
  "conceptsTimesActors",
  "eventTimesAmount",
  "conceptsTimesStems",
  "amountFacet",
  "copiedWords",
  "eventFacet",
  "sameNumberOtherUnit",
  "mutualBest",
  "sameRole",
  "roleConflict",
  "sameNoun",
  "amountRarity",
] as const;

export type FeatureName = (typeof FEATURES)[number];

/** Squared IDF norms of a frame's key sets, computed once per frame (pairs reuse them). */
const norms = new WeakMap<Frame, Map<string, number>>();

function normOf(f: Frame, set: ReadonlySet<string>, prefix: string, w: KeyWeights): number {
  const byField = norms.get(f) ?? new Map<string, number>();
  norms.set(f, byField);
  let n = byField.get(prefix);
  if (n === undefined) {
    n = 0;
    for (const k of set) n += w.squared(prefix, k);
    byField.set(prefix, n);
  }
  return n;
}

/** Weighted overlap of two key sets: shared weight over the geometric mean of their weights. */
function overlap(
  fa: Frame,
  a: ReadonlySet<string>,
  fb: Frame,
  b: ReadonlySet<string>,
  prefix: string,
  w: KeyWeights,
): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const k of small) if (big.has(k)) dot += w.squared(prefix, k);
  if (dot === 0) return 0;
  return dot / Math.sqrt(normOf(fa, a, prefix, w) * normOf(fb, b, prefix, w));
}

/** Share of the smaller set found in the other. */
function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let n = 0;
  for (const k of small) if (big.has(k)) n += 1;
  return n / small.size;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/**
 * A key no frame has: its weight is the largest there is, so a shared amount's weight over it
 * says how rare the amount is in the story (1: one sentence states it; "2 people" says less).
 */
const NEVER = "\u0000";

/** The features of one pair alone; `mutualBest` needs the story's other pairs (see index.ts). */
export function pairFeatures(
  a: Frame,
  b: Frame,
  sameLanguage: boolean,
  w: KeyWeights,
): Record<FeatureName, number> {
  const concepts = overlap(a, a.concepts, b, b.concepts, "c:", w);
  const actors = overlap(a, a.actors, b, b.actors, "a:", w);
  const places = overlap(a, a.places, b, b.places, "p:", w);
  const stems = sameLanguage ? overlap(a, a.stems, b, b.stems, "s:", w) : 0;
  const sharedEvent = intersects(a.events, b.events) ? 1 : 0;
  const otherEvents = !sharedEvent && a.events.size > 0 && b.events.size > 0 ? 1 : 0;
  const sameDay = a.days.some((d) => b.days.includes(d)) ? 1 : 0;
  const otherDay = !sameDay && a.days.length > 0 && b.days.length > 0 ? 1 : 0;
  let same = 0;
  let other = 0;
  let numberOnly = 0;
  let sameRole = 0;
  let sameNoun = 0;
  let conflict = 0;
  let rarity = 0;
  for (const qa of a.amounts) {
    for (const qb of b.amounts) {
      if (qa.unit !== qb.unit) {
        if (qa.lo === qb.lo && qa.hi === qb.hi && qa.unit !== "#clock" && qb.unit !== "#clock")
          numberOnly = 1;
        continue;
      }
      if (sameAmount(qa, qb)) {
        // "62 dead" is not "62 injured": a count of one outcome never supports a count of another.
        if (outcomesDiffer(qa, qb)) {
          conflict = 1;
          continue;
        }
        same = 1;
        rarity = Math.max(rarity, Math.sqrt(w.squared("n:", `${qa.unit}:${qa.lo}`) / w.squared("n:", NEVER)));
        if (qa.role && qa.role === qb.role) sameRole = 1;
        if (qa.noun && qa.noun === qb.noun) sameNoun = 1;
      } else other = 1;
    }
  }
  const planned = (f: Frame) => f.modality === "planned" || f.modality === "hedged";
  const factual = (f: Frame) => f.modality === "asserted" || f.modality === "attributed";
  const all =
    (concepts * (a.concepts.size + b.concepts.size) +
      actors * (a.actors.size + b.actors.size) +
      places * (a.places.size + b.places.size) +
      stems * (a.stems.size + b.stems.size)) /
    Math.max(
      1,
      a.concepts.size +
        b.concepts.size +
        a.actors.size +
        b.actors.size +
        a.places.size +
        b.places.size +
        (sameLanguage ? a.stems.size + b.stems.size : 0),
    );
  return {
    concepts,
    actors,
    places,
    stems,
    sharedEvent,
    otherEvents,
    sameDay,
    otherDay,
    sameAmount: same,
    otherAmount: other && !same ? 1 : 0,
    sameModality: a.modality === b.modality ? 1 : 0,
    planVsFact: (planned(a) && factual(b)) || (planned(b) && factual(a)) ? 1 : 0,
    negationMismatch: (a.modality === "negated") !== (b.modality === "negated") ? 1 : 0,
    crossLanguage: sameLanguage ? 0 : 1,
    lengthRatio: Math.min(a.words, b.words) / Math.max(1, a.words, b.words),
    allKeys: all,
    // Products let a linear model say "the same words about the same people", not either alone.
    conceptsTimesActors: concepts * actors,
    eventTimesAmount: sharedEvent * same,
    conceptsTimesStems: concepts * stems,
    amountFacet: a.facet === "amount" ? 1 : 0,
    copiedWords: containment(a.trigrams, b.trigrams),
    eventFacet: a.facet === "event" ? 1 : 0,
    sameNumberOtherUnit: numberOnly && !same ? 1 : 0,
    mutualBest: 0,
    sameRole,
    roleConflict: conflict && !same ? 1 : 0,
    sameNoun,
    amountRarity: rarity,
  };
}

/**
 * The outcomes a count of people can count, mutually exclusive: the dead are neither the injured
 * nor the missing. Other roles are read from nearby words and vary between outlets stating one
 * fact ("11 bodies found", "11 climbers died", "rescuers evacuated 11"), so only these disagree.
 */
const OUTCOMES: ReadonlySet<string> = new Set(["ev:die", "ev:injure", "ev:missing"]);

function outcomesDiffer(a: Amount, b: Amount): boolean {
  return (
    a.role !== b.role && a.role !== null && b.role !== null && OUTCOMES.has(a.role) && OUTCOMES.has(b.role)
  );
}
