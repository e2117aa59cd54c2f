/**
 * @module
 * Groups claim candidates that state the same fact, precision first. Scored candidate pairs (from
 * blocking) above the model's threshold are taken strongest first; two groups merge only when the
 * mean probability over their cross-article pairs reaches the link threshold and no such pair
 * falls below the floor or is incompatible (a plan against a fact, a negation against an
 * assertion, different amounts of one unit: those are other facts or contradictions, never
 * support). Pairs blocking did not score are scored on demand; very large groups are checked on
 * an even sample of their pairs so the cost stays bounded.
 */
import type { ClaimItem } from "./items.js";

export interface PairScorer {
  /** Probability that statements `i` and `j` state the same fact, or 0 when incompatible. */
  score(i: number, j: number): number;
}

export interface GroupingOptions {
  readonly threshold: number;
  readonly link: number;
  readonly floor: number;
}

/** The most cross-article pairs checked before two groups merge. */
const MAX_CHECKED = 300;

/** Returns groups of item indexes (every item in exactly one group), largest first. */
export function groupClaims(
  items: readonly ClaimItem[],
  scored: readonly (readonly [number, number, number])[],
  scorer: PairScorer,
  options: GroupingOptions,
): number[][] {
  const pairs = scored.filter((p) => p[2] >= options.threshold);
  pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const groupOf = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  for (const [i, j] of pairs) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = members.get(gi)!;
    const b = members.get(gj)!;
    if (!compatible(a, b, items, scorer, options)) continue;
    const [keep, gone] = a.length >= b.length ? [gi, gj] : [gj, gi];
    const merged = [...members.get(keep)!, ...members.get(gone)!];
    for (const y of members.get(gone)!) groupOf[y] = keep;
    members.set(keep, merged);
    members.delete(gone);
  }
  attachOverlapping(pairs, members, groupOf, items, scorer, options);
  return [...members.values()]
    .map((g) => [...new Set(g)].sort((x, y) => x - y))
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/**
 * A sentence often states several facts, so it may support several claims: after the disjoint
 * grouping, a statement also joins another group when it is compatible with every member there
 * (the same test as a merge) and its article is not in that group yet. The statement stays in its
 * own group too; nothing moves, so precision holds while facts that share sentences are found.
 */
function attachOverlapping(
  pairs: readonly (readonly [number, number, number])[],
  members: Map<number, number[]>,
  groupOf: readonly number[],
  items: readonly ClaimItem[],
  scorer: PairScorer,
  options: GroupingOptions,
): void {
  const home = [...groupOf];
  // The articles each group already cites, kept as sets so the check stays O(1) in big stories.
  const articles = new Map<number, Set<string>>();
  for (const [g, list] of members) articles.set(g, new Set(list.map((m) => items[m]!.article)));
  for (const [i, j] of pairs) {
    for (const [x, y] of [
      [i, j],
      [j, i],
    ] as const) {
      const target = members.get(home[y]!);
      if (!target || home[x] === home[y]) continue;
      const cited = articles.get(home[y]!)!;
      if (cited.has(items[x]!.article)) continue;
      if (compatible([x], target, items, scorer, options)) {
        target.push(x);
        cited.add(items[x]!.article);
      }
    }
  }
}

function compatible(
  a: readonly number[],
  b: readonly number[],
  items: readonly ClaimItem[],
  scorer: PairScorer,
  options: GroupingOptions,
): boolean {
  const total = a.length * b.length;
  const stride = total > MAX_CHECKED ? total / MAX_CHECKED : 1;
  let sum = 0;
  let count = 0;
  for (let t = 0; t < total; t += stride) {
    const k = Math.floor(t);
    const x = a[Math.floor(k / b.length)]!;
    const y = b[k % b.length]!;
    if (items[x]!.article === items[y]!.article) continue;
    const p = scorer.score(x, y);
    if (p < options.floor) return false;
    sum += p;
    count += 1;
  }
  return count > 0 && sum / count >= options.link;
}
