/**
 * @module
 * Candidate pairs for alignment, never all pairs: an inverted index over each frame's keys
 * (entities, places, concepts, stems, amounts). A key listed by more than {@link MAX_POSTINGS}
 * statements says nothing about which two belong together and is left out of blocking (it still
 * counts in the pair's features). Each statement keeps its {@link PER_ITEM} partners with the most
 * shared key weight, so the number of pairs grows linearly with the story, whatever its size.
 */
import { blockingKeys, type Frame } from "./frames.js";
import type { ClaimItem } from "./items.js";

export const MAX_POSTINGS = 400;
export const PER_ITEM = 24;

export interface KeyWeights {
  /** Inverse document frequency of each key over the story's statements. */
  weight(key: string): number;
  /** The squared weight of `key` in the field with `prefix` ("c:", "a:", …), without building the key. */
  squared(prefix: string, key: string): number;
}

export function keyWeights(frames: readonly Frame[]): KeyWeights {
  const df = new Map<string, number>();
  for (const f of frames) for (const k of new Set(blockingKeys(f))) df.set(k, (df.get(k) ?? 0) + 1);
  const n = Math.max(frames.length, 1);
  const weight = (k: string) => Math.log(1 + n / (df.get(k) ?? 1));
  // Per field, so the hot loop of pair features looks keys up without concatenating strings.
  const fields = new Map<string, Map<string, number>>();
  for (const [k, d] of df) {
    const prefix = k.slice(0, 2);
    const m = fields.get(prefix) ?? new Map<string, number>();
    fields.set(prefix, m);
    m.set(k.slice(2), Math.log(1 + n / d) ** 2);
  }
  const one = Math.log(1 + n) ** 2;
  return { weight, squared: (prefix, key) => fields.get(prefix)?.get(key) ?? one };
}

/** Pairs `[i, j]` with `i < j` from different articles, each statement's strongest partners. */
export function candidatePairs(
  items: readonly ClaimItem[],
  frames: readonly Frame[],
  weights: KeyWeights,
): [number, number][] {
  const postings = new Map<string, number[]>();
  const keysOf = frames.map((f) => [...new Set(blockingKeys(f))]);
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      const list = postings.get(k) ?? [];
      if (list.length === 0) postings.set(k, list);
      list.push(i);
    }
  });
  const out: [number, number][] = [];
  const score = new Map<number, number>();
  for (let i = 0; i < items.length; i++) {
    score.clear();
    for (const k of keysOf[i]!) {
      const list = postings.get(k)!;
      if (list.length > MAX_POSTINGS) continue;
      const w = weights.weight(k);
      for (const j of list) {
        if (j <= i || items[j]!.article === items[i]!.article) continue;
        score.set(j, (score.get(j) ?? 0) + w);
      }
    }
    const ranked = [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, PER_ITEM);
    for (const [j] of ranked) out.push([i, j]);
  }
  return out;
}
