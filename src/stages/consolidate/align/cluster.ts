/**
 * @module
 * Groups claim candidates that state the same fact, across articles: greedy average-linkage
 * clustering. Cross-article pairs above the threshold are taken strongest first; two groups merge
 * when the mean similarity of all their cross-article pairs stays above the linkage threshold, so
 * one loose pair cannot chain two different facts together.
 */
import type { ClaimItem } from "./items.js";
import type { SimilarityModel } from "./similarity.js";

export interface ClusterOptions {
  /** A cross-article pair must be at least this similar to start a merge. */
  readonly pair: number;
  /** Mean cross-article similarity two groups need to merge. */
  readonly link: number;
  /** Share of cosine (vs containment) in the similarity; see align/similarity.ts. */
  readonly cosineShare?: number;
}

/** Tuned on bench/corpora/claims (never on the seeds): see bench/claims/run.ts --sweep. */
export const DEFAULT_CLUSTER: ClusterOptions = { pair: 0.16, link: 0.16, cosineShare: 1 };

/** Returns groups of item indexes (every item in exactly one group), largest first. */
export function clusterClaims(
  items: readonly ClaimItem[],
  model: SimilarityModel,
  options: ClusterOptions = DEFAULT_CLUSTER,
): number[][] {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < items.length; i++) {
    for (const j of model.partners(i)) {
      if (items[i]!.article === items[j]!.article) continue;
      const s = model.sim(i, j);
      if (s >= options.pair) pairs.push([s, i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const groupOf = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  for (const [, i, j] of pairs) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = members.get(gi)!;
    const b = members.get(gj)!;
    let sum = 0;
    let count = 0;
    for (const x of a) {
      for (const y of b) {
        if (items[x]!.article === items[y]!.article) continue;
        sum += model.sim(x, y);
        count += 1;
      }
    }
    if (count === 0 || sum / count < options.link) continue;
    for (const y of b) groupOf[y] = gi;
    members.set(gi, [...a, ...b]);
    members.delete(gj);
  }
  return [...members.values()]
    .map((g) => g.sort((x, y) => x - y))
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}
