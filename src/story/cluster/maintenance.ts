/**
 * @module
 * The split test of story maintenance: do a story's recent members form two groups? Members are
 * divided around the least similar pair (each joins the seed group it is closer to on average,
 * twice over, so early choices are revised), and the story is split when the average similarity
 * across the two groups is low while each group holds together. Average linkage rather than the
 * single closest pair, because one bridging article is exactly how two events get chained into one
 * story.
 */

export interface Grouping {
  readonly a: number[];
  readonly b: number[];
  /** Average similarity of pairs across the groups. */
  readonly across: number;
  /** Average similarity of pairs within the groups. */
  readonly within: number;
}

/** Two groups of item indexes from a symmetric similarity matrix, or null for fewer than 4 items. */
export function twoGroups(sim: readonly (readonly number[])[]): Grouping | null {
  const n = sim.length;
  if (n < 4) return null;
  let seedA = 0;
  let seedB = 1;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (sim[i]![j]! < sim[seedA]![seedB]!) [seedA, seedB] = [i, j];
  let inA = Array.from({ length: n }, (_, i) => i !== seedB && sim[i]![seedA]! >= sim[i]![seedB]!);
  inA[seedA] = true;
  for (let round = 0; round < 2; round++) {
    const next = inA.map((_, i) => {
      if (i === seedA) return true;
      if (i === seedB) return false;
      return avg(sim[i]!, inA, true, i) >= avg(sim[i]!, inA, false, i);
    });
    inA = next;
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < n; i++) (inA[i] ? a : b).push(i);
  let across = 0;
  for (const i of a) for (const j of b) across += sim[i]![j]!;
  let within = 0;
  let pairs = 0;
  for (const g of [a, b])
    for (let x = 0; x < g.length; x++)
      for (let y = x + 1; y < g.length; y++) {
        within += sim[g[x]!]![g[y]!]!;
        pairs += 1;
      }
  return {
    a,
    b,
    across: a.length && b.length ? across / (a.length * b.length) : 1,
    within: pairs ? within / pairs : 0,
  };
}

/** Average similarity of row `row` (item `self`) to the items on one side, itself excluded. */
function avg(row: readonly number[], inA: readonly boolean[], side: boolean, self: number): number {
  let sum = 0;
  let count = 0;
  for (let j = 0; j < row.length; j++) {
    if (j === self || inA[j] !== side) continue;
    sum += row[j]!;
    count += 1;
  }
  return count ? sum / count : 0;
}
