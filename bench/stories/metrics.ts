/**
 * @module
 * Clustering metrics against gold story labels. Pairwise: every unordered pair of articles is a
 * decision "same story or not"; precision and recall are over the same-story pairs. B-cubed
 * (Bagga & Baldwin 1998): for each article, precision is the share of its predicted cluster that
 * shares its gold story, recall the share of its gold story that shares its predicted cluster;
 * both are averaged over articles (equal weights) and F1 is their harmonic mean.
 */

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Groups ids by label. */
function groups(labels: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, label] of labels) {
    const g = out.get(label);
    if (g) g.push(id);
    else out.set(label, [id]);
  }
  return out;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Pairwise P/R/F1 of `predicted` against `gold` (both: article id → label, over the same ids). */
export function pairwise(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): Prf {
  // Same-story pairs counted through the contingency table, so this stays O(n) in articles.
  const joint = new Map<string, number>();
  for (const [id, g] of gold) {
    const key = `${g}\u0000${predicted.get(id) ?? `missing:${id}`}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  let both = 0;
  for (const n of joint.values()) both += pairs(n);
  let goldPairs = 0;
  for (const members of groups(gold).values()) goldPairs += pairs(members.length);
  let predPairs = 0;
  const pred = new Map<string, string>();
  for (const id of gold.keys()) pred.set(id, predicted.get(id) ?? `missing:${id}`);
  for (const members of groups(pred).values()) predPairs += pairs(members.length);
  // No pairs to get wrong counts as perfect: all singletons predicted for all-singleton gold.
  const precision = predPairs === 0 ? (goldPairs === 0 ? 1 : 0) : both / predPairs;
  const recall = goldPairs === 0 ? 1 : both / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}

/** B-cubed P/R/F1 of `predicted` against `gold`. */
export function bcubed(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): Prf {
  if (gold.size === 0) return { precision: 0, recall: 0, f1: 0 };
  const pred = new Map<string, string>();
  for (const id of gold.keys()) pred.set(id, predicted.get(id) ?? `missing:${id}`);
  const joint = new Map<string, number>();
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  for (const [id, g] of gold) {
    const p = pred.get(id)!;
    const key = `${g}\u0000${p}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [id, g] of gold) {
    const p = pred.get(id)!;
    const overlap = joint.get(`${g}\u0000${p}`)!;
    precision += overlap / predSize.get(p)!;
    recall += overlap / goldSize.get(g)!;
  }
  precision /= gold.size;
  recall /= gold.size;
  return { precision, recall, f1: f1(precision, recall) };
}
