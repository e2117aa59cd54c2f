/**
 * @module
 * How alike two claim candidates are in meaning: an IDF-weighted cosine of their alignment keys
 * (concept ids and stems; words every sentence of the story uses count for little), plus small
 * bonuses for the same amounts and the same dates. Slot values that differ do not count against a
 * pair — that is what contradictions are made of.
 */
import { parseQuantity, sameAmount } from "../../claims/quantities.js";
import type { ClaimItem } from "./items.js";

/** Bonus per shared amount (same unit, overlapping values) and per shared date. */
const AMOUNT_BONUS = 0.08;
const DATE_BONUS = 0.05;
const MAX_BONUS = 0.16;

export interface SimilarityModel {
  readonly weights: ReadonlyMap<string, number>;
  /** Similarity of items `i` and `j` (symmetric, 1 on the diagonal). */
  sim(i: number, j: number): number;
  /** Cosine of `i` and `j` leaving out the words of both statements' places (the slot in dispute). */
  simWithoutPlaces(i: number, j: number): number;
  /**
   * Items after `i` that share a keyword with it other than the story's commonest ones: the only
   * pairs that can reach a useful similarity, so big stories are not compared all against all.
   */
  partners(i: number): readonly number[];
}

/** Keys in more than this share of a story's sentences do not make two sentences partners. */
const COMMON_SHARE = 0.6;

/**
 * Share of the cosine in the score; the rest is containment (shared weight over the smaller
 * sentence's weight), because news restates one fact as a short sentence inside a long one.
 */
export const COSINE_SHARE = 0.5;

export function similarityModel(items: readonly ClaimItem[], cosineShare = COSINE_SHARE): SimilarityModel {
  const df = new Map<string, number>();
  for (const it of items) for (const k of it.claim.slots.keywords) df.set(k, (df.get(k) ?? 0) + 1);
  const n = Math.max(items.length, 1);
  const weights = new Map<string, number>();
  for (const [k, d] of df) weights.set(k, Math.log(1 + n / d));
  const norms = items.map((it) =>
    Math.sqrt(it.claim.slots.keywords.reduce((s, k) => s + weights.get(k)! ** 2, 0)),
  );
  const sets = items.map((it) => new Set(it.claim.slots.keywords));
  const amounts = items.map((it) => it.claim.slots.quantities.map(parseQuantity).filter((q) => q !== null));
  const postings = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const k of it.claim.slots.keywords) postings.set(k, [...(postings.get(k) ?? []), i]);
  });
  const common = Math.max(2, COMMON_SHARE * items.length);
  const partners = (i: number): number[] => {
    const out = new Set<number>();
    for (const k of items[i]!.claim.slots.keywords) {
      const list = postings.get(k)!;
      if (list.length > common && items.length > 20) continue;
      for (const j of list) if (j > i) out.add(j);
    }
    return [...out].sort((a, b) => a - b);
  };
  const cache = new Map<number, number>();
  const compute = (i: number, j: number): number => {
    if (i === j) return 1;
    const a = sets[i]!;
    const b = sets[j]!;
    const [small, big] = a.size <= b.size ? [a, b] : [b, a];
    let dot = 0;
    for (const k of small) if (big.has(k)) dot += weights.get(k)! ** 2;
    const denom = norms[i]! * norms[j]!;
    const smaller = Math.min(norms[i]! ** 2, norms[j]! ** 2);
    if (dot === 0 || denom === 0 || smaller === 0) return 0;
    const cos = cosineShare * (dot / denom) + (1 - cosineShare) * (dot / smaller);
    let bonus = 0;
    for (const qa of amounts[i]!) {
      if (amounts[j]!.some((qb) => qb.unit === qa.unit && sameAmount(qa, qb))) bonus += AMOUNT_BONUS;
    }
    const dj = new Set(items[j]!.claim.slots.dates);
    for (const d of items[i]!.claim.slots.dates) if (dj.has(d)) bonus += DATE_BONUS;
    return Math.min(1, cos + Math.min(bonus, MAX_BONUS));
  };
  const withoutPlaces = (i: number, j: number): number => {
    const skip = new Set([...(items[i]!.claim.placeKeys ?? []), ...(items[j]!.claim.placeKeys ?? [])]);
    const ka = items[i]!.claim.slots.keywords.filter((k) => !skip.has(k));
    const kb = new Set(items[j]!.claim.slots.keywords.filter((k) => !skip.has(k)));
    const sq = (ks: Iterable<string>): number => {
      let t = 0;
      for (const k of ks) t += weights.get(k)! ** 2;
      return t;
    };
    const dot = sq(ka.filter((k) => kb.has(k)));
    const denom = Math.sqrt(sq(ka) * sq(kb));
    return denom > 0 ? dot / denom : 0;
  };
  return {
    weights,
    simWithoutPlaces: withoutPlaces,
    partners,
    sim(i: number, j: number): number {
      const key = i < j ? i * 1_000_003 + j : j * 1_000_003 + i;
      let v = cache.get(key);
      if (v === undefined) {
        v = compute(i, j);
        cache.set(key, v);
      }
      return v;
    },
  };
}
