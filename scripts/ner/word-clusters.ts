/**
 * @module
 * Word clusters from unlabelled text by the exchange algorithm (Kneser & Ney 1993; Martin,
 * Liermann & Ney 1998): words are moved one at a time to the class that most raises the
 * likelihood of a class bigram model. Words that occur in the same contexts ("di ___ ,",
 * "Presiden ___ mengatakan") end up together, so the tagger can generalise from a name it was
 * trained on to one it has only seen in raw text. Runs at training time only; the product reads
 * the resulting word → class table from the model file. Deterministic: a fixed initial
 * assignment by frequency rank and a fixed visiting order.
 */

export interface ClusterOptions {
  /** Number of classes. */
  readonly classes: number;
  /** Words seen fewer times are not clustered (they share one "rare" word in the statistics). */
  readonly minCount: number;
  /** Passes over the vocabulary. */
  readonly passes: number;
}

/** Sentence boundary and rare-word stand-ins; both take part in the statistics. */
const BOUNDARY = "\u0000<s>";
const RARE = "\u0000<rare>";

/**
 * Clusters the lower-cased words of `sentences`; returns word → class in `[0, classes)` for every
 * word seen at least `minCount` times.
 */
export function exchangeClusters(
  sentences: Iterable<readonly string[]>,
  opts: ClusterOptions,
): Map<string, number> {
  const lowered: string[][] = [];
  const freq = new Map<string, number>();
  for (const s of sentences) {
    const words = s.map((w) => w.toLowerCase());
    lowered.push(words);
    for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  // Vocabulary by frequency (ties by spelling, for determinism); rare words fold into RARE.
  const vocab = [...freq]
    .filter(([, n]) => n >= opts.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const words = [BOUNDARY, RARE, ...vocab.map(([w]) => w)];
  const id = new Map(words.map((w, i) => [w, i]));
  const V = words.length;
  const C = Math.min(opts.classes, V);

  // Bigram counts, then per-word neighbour lists (self bigrams kept apart).
  const bigrams = new Map<number, number>();
  const count = new Float64Array(V);
  let total = 0;
  for (const s of lowered) {
    let prev = 0;
    for (const w of [...s, BOUNDARY]) {
      const cur = id.get(w) ?? 1;
      const key = prev * V + cur;
      bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
      count[cur]! += 1;
      total++;
      prev = cur;
    }
  }
  const self = new Float64Array(V);
  const right: [number, number][][] = Array.from({ length: V }, () => []);
  const left: [number, number][][] = Array.from({ length: V }, () => []);
  for (const [key, n] of bigrams) {
    const a = Math.floor(key / V);
    const b = key - a * V;
    if (a === b) self[a] = n;
    else {
      right[a]!.push([b, n]);
      left[b]!.push([a, n]);
    }
  }

  // x·log x for every count that can occur.
  const xlogx = new Float64Array(total + 1);
  for (let x = 1; x <= total; x++) xlogx[x] = x * Math.log(x);

  const cls = Int32Array.from({ length: V }, (_, i) => i % C);
  const pairN = new Float64Array(C * C);
  const classN = new Float64Array(C);
  for (let w = 0; w < V; w++) {
    classN[cls[w]!]! += count[w]!;
    pairN[cls[w]! * C + cls[w]!]! += self[w]!;
    for (const [b, n] of right[w]!) pairN[cls[w]! * C + cls[b]!]! += n;
  }

  const fromLeft = new Float64Array(C);
  const toRight = new Float64Array(C);
  const touchedL: number[] = [];
  const touchedR: number[] = [];
  for (let pass = 0; pass < opts.passes; pass++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      const a = cls[w]!;
      const nw = count[w]!;
      const s = self[w]!;
      touchedL.length = 0;
      touchedR.length = 0;
      for (const [x, n] of left[w]!) {
        const c = cls[x]!;
        if (fromLeft[c] === 0) touchedL.push(c);
        fromLeft[c]! += n;
      }
      for (const [x, n] of right[w]!) {
        const d = cls[x]!;
        if (toRight[d] === 0) touchedR.push(d);
        toRight[d]! += n;
      }
      // Take w out of its class.
      for (const c of touchedL) pairN[c * C + a]! -= fromLeft[c]!;
      for (const d of touchedR) pairN[a * C + d]! -= toRight[d]!;
      pairN[a * C + a]! -= s;
      classN[a]! -= nw;
      // The class whose objective gain from taking w is largest (staying put wins ties).
      let best = a;
      let bestGain = Number.NEGATIVE_INFINITY;
      for (let b = 0; b < C; b++) {
        let gain = 0;
        for (const c of touchedL) {
          if (c === b) continue;
          const v = pairN[c * C + b]!;
          gain += xlogx[v + fromLeft[c]!]! - xlogx[v]!;
        }
        for (const d of touchedR) {
          if (d === b) continue;
          const v = pairN[b * C + d]!;
          gain += xlogx[v + toRight[d]!]! - xlogx[v]!;
        }
        const bb = pairN[b * C + b]!;
        gain += xlogx[bb + fromLeft[b]! + toRight[b]! + s]! - xlogx[bb]!;
        gain -= 2 * (xlogx[classN[b]! + nw]! - xlogx[classN[b]!]!);
        if (gain > bestGain || (gain === bestGain && b === a)) {
          bestGain = gain;
          best = b;
        }
      }
      for (const c of touchedL) pairN[c * C + best]! += fromLeft[c]!;
      for (const d of touchedR) pairN[best * C + d]! += toRight[d]!;
      pairN[best * C + best]! += s;
      classN[best]! += nw;
      if (best !== a) moved++;
      cls[w] = best;
      for (const c of touchedL) fromLeft[c] = 0;
      for (const d of touchedR) toRight[d] = 0;
    }
    if (moved === 0) break;
  }
  const out = new Map<string, number>();
  for (let w = 2; w < V; w++) out.set(words[w]!, cls[w]!);
  return out;
}
