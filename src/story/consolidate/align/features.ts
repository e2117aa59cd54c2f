/**
 * @module
 * The features of a pair of frames that the alignment model weighs. Each is language-neutral:
 * overlap of concepts, entities and places (IDF-weighted, so the story's ubiquitous names count
 * for little), agreement or conflict of days, amounts and modality, whether the two share an
 * event or name different events, and same-language stem overlap as a separate feature so a
 * bilingual pair is not judged by a signal it cannot have.
 */
import { sameAmount } from "../../../core/text/quantities.js";
import { hypernymOf } from "../../../lang/base/concepts.js";
import { sameKindOfPeople } from "../../../stages/claims/slots.js";
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
  "keyContainment",
  "hyperConcepts",
  "nearCount",
  "nounConflict",
  "sharedValue",
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

/**
 * Shared key weight over the smaller frame's own weight, all fields together: a short sentence
 * stating one fact is contained in a long one stating three, which cosine overlap dilutes.
 */
function keyContainment(a: Frame, b: Frame, sameLanguage: boolean, w: KeyWeights): number {
  const fields: [string, (f: Frame) => ReadonlySet<string>][] = [
    ["c:", (f) => f.concepts],
    ["a:", (f) => f.actors],
    ["p:", (f) => f.places],
  ];
  if (sameLanguage) fields.push(["s:", (f) => f.stems]);
  let shared = 0;
  let na = 0;
  let nb = 0;
  for (const [prefix, get] of fields) {
    const sa = get(a);
    const sb = get(b);
    na += normOf(a, sa, prefix, w);
    nb += normOf(b, sb, prefix, w);
    for (const k of sa) if (sb.has(k)) shared += w.squared(prefix, k);
  }
  const small = Math.min(na, nb);
  return small > 0 ? shared / small : 0;
}

/** WordNet concepts with their direct hypernyms: "armoured train" and "special train" meet at "train". */
const widened = new WeakMap<Frame, ReadonlySet<string>>();

function widen(f: Frame): ReadonlySet<string> {
  let out = widened.get(f);
  if (!out) {
    const set = new Set<string>();
    for (const c of f.concepts) {
      set.add(c);
      const parent = hypernymOf(c);
      if (parent) set.add(parent);
    }
    out = set;
    widened.set(f, out);
  }
  return out;
}

/** Units of measure (converted and rounded between outlets); everything else is a count of things. */
const MEASURES: ReadonlySet<string> = new Set(["#km", "#meter", "#mile", "#foot"]);

/** Amounts outlets state exactly when they state the same one: counts of things and clock times. */
function isExact(unit: string): boolean {
  return unit === "#clock" || !MEASURES.has(unit);
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
  let near = 0;
  let nounAgrees = 0;
  let nounDiffers = 0;
  let value = 0;
  for (const qa of a.amounts) {
    for (const qb of b.amounts) {
      if (qa.unit !== qb.unit) {
        if (qa.lo === qb.lo && qa.hi === qb.hi && qa.unit !== "#clock" && qb.unit !== "#clock")
          numberOnly = 1;
        continue;
      }
      if (sameAmount(qa, qb)) {
        // Counts within rounding of each other are mostly successive tolls (151, then 153, then
        // 154 dead), not one figure, and clock times minutes apart are outlets disagreeing (01.45
        // against 01.50): only an exact count or time is the same one.
        if (isExact(qa.unit) && (qa.lo !== qb.lo || qa.hi !== qb.hi)) {
          near = 1;
          continue;
        }
        // "62 dead" is not "62 injured": a count of one outcome never supports a count of another.
        if (outcomesDiffer(qa, qb)) {
          conflict = 1;
          continue;
        }
        same = 1;
        value = Math.max(value, Math.log10(1 + Math.abs(qa.hi)));
        const nouns = !sameKindOfPeople(qa.noun, qb.noun);
        if (nouns) nounDiffers = 1;
        else nounAgrees = 1;
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
    keyContainment: keyContainment(a, b, sameLanguage, w),
    hyperConcepts: containment(widen(a), widen(b)),
    nearCount: near && !same ? 1 : 0,
    nounConflict: nounDiffers && !nounAgrees ? 1 : 0,
    sharedValue: value,
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
