/**
 * @module
 * Arrival orders for the stories bench. A live stream does not choose its order (backfills, feeds
 * polled at different rates, late translations), so the clusterer is scored over several seeded
 * shuffles of the same gold set rather than the one publication order a rule could be fitted to.
 */
import { seededRandom } from "../../src/core/random.js";

/** A Fisher–Yates shuffle of `items` driven by `seed`; the input is not modified. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The median of a non-empty list (mean of the middle two for an even length). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of an empty list");
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
