/**
 * @module
 * An averaged structured perceptron with first-order Viterbi decoding over BIO tags. Emission
 * weights live in one flat table indexed `feature * TAG_COUNT + tag`; transition weights in a
 * `(TAG_COUNT + 1) × TAG_COUNT` table whose last row is the sentence start. Decoding forbids
 * ill-formed BIO (an `I-X` not after `B-X`/`I-X`), so outputs are always clean spans. Training
 * is deterministic: a seeded shuffle per epoch and the usual "w − u/c" averaging trick.
 */

import { seededRandom } from "../../../core/random.js";
import type { Lexicon } from "./lexicon.js";
import { allowed, TAG_COUNT } from "./tags.js";

/** Model weights. `bits` is the feature hash width; `weights.length === 2^bits * TAG_COUNT`. */
export interface PerceptronModel {
  readonly bits: number;
  readonly featureCount: number;
  readonly weights: Float32Array | Float64Array | Int16Array;
  readonly trans: Float32Array | Float64Array;
  /** Domain whose feature copies to add at tagging time (0 = general features only). */
  readonly domain?: number;
  /**
   * How much of the domain copy the product folds in (default 1, the copy as trained). Below 1
   * the tagging leans on the general features that every training corpus shaped, which follow no
   * single corpus's annotation habits (see models/ner/README.md).
   */
  readonly domainWeight?: number;
  /** The training-data lexicon the features read, if the model was trained with one. */
  readonly lexicon?: Lexicon;
}

/** One training sentence: flat features (`featureCount` per token) and gold tag indices. */
export interface TrainingSentence {
  readonly feats: Int32Array;
  readonly gold: Uint8Array;
}

const T = TAG_COUNT;
// The emission loop in viterbi() is unrolled for exactly this many tags.
if (T !== 7) throw new Error("viterbi() is unrolled for 7 tags");
const ALLOWED: boolean[] = [];
for (let p = -1; p < T; p++) for (let t = 0; t < T; t++) ALLOWED.push(allowed(p, t));
/** Allowed transition from `p` (T = start) to `t`. */
const ok = (p: number, t: number): boolean => ALLOWED[(p === T ? 0 : p + 1) * T + t]!;

/**
 * Best tag sequence (indices) for a sentence of `n` tokens with features `feats`. In training,
 * `gold` and `cost` make it cost-augmented (every tag but the gold one scores `cost` more), so
 * the update also fires when the gold sequence wins by less than a margin.
 */
export function viterbi(
  model: PerceptronModel,
  feats: Int32Array,
  n: number,
  gold?: Uint8Array,
  cost = 0,
): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const { weights: w, trans } = model;
  // Features per token come from the input: a domain-adapted model reads 2× the base count.
  const F = feats.length / n;
  const score = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  const em = new Float64Array(T);
  for (let i = 0; i < n; i++) {
    // Emission scores, unrolled for the 7 tags (this loop is most of the tagging time).
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    let e3 = 0;
    let e4 = 0;
    let e5 = 0;
    let e6 = 0;
    const o = i * F;
    for (let j = 0; j < F; j++) {
      const b = feats[o + j]! * 7;
      e0 += w[b]!;
      e1 += w[b + 1]!;
      e2 += w[b + 2]!;
      e3 += w[b + 3]!;
      e4 += w[b + 4]!;
      e5 += w[b + 5]!;
      e6 += w[b + 6]!;
    }
    em[0] = e0;
    em[1] = e1;
    em[2] = e2;
    em[3] = e3;
    em[4] = e4;
    em[5] = e5;
    em[6] = e6;
    if (gold && cost) for (let t = 0; t < T; t++) if (t !== gold[i]) em[t]! += cost;
    for (let t = 0; t < T; t++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      if (i === 0) {
        if (ok(T, t)) best = trans[T * T + t]!;
      } else {
        const prev = (i - 1) * T;
        for (let p = 0; p < T; p++) {
          if (!ok(p, t)) continue;
          const s = score[prev + p]! + trans[p * T + t]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      score[i * T + t] = best + em[t]!;
      back[i * T + t] = arg;
    }
  }
  let arg = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let t = 0; t < T; t++) {
    const s = score[(n - 1) * T + t]!;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
  return out;
}

/** Deterministic PRNG for reproducible shuffles. */
export const prng = seededRandom;

export interface TrainOptions {
  readonly bits: number;
  readonly featureCount: number;
  readonly epochs: number;
  readonly seed: number;
  /** Margin: the cost a wrong tag adds in training's decoding (0: the plain perceptron). */
  readonly cost?: number;
  /** Called after each epoch with the averaged model so far (for dev-set monitoring). */
  readonly onEpoch?: (epoch: number, averaged: () => PerceptronModel) => void;
}

/** Trains an averaged perceptron; returns the averaged weights as Float32 arrays. */
export function train(data: readonly TrainingSentence[], opts: TrainOptions): PerceptronModel {
  const { bits, featureCount } = opts;
  const w = new Float64Array((1 << bits) * T);
  const u = new Float64Array(w.length);
  const tr = new Float64Array((T + 1) * T);
  const tu = new Float64Array(tr.length);
  const live: PerceptronModel = { bits, featureCount, weights: w, trans: tr };
  const random = prng(opts.seed);
  const order = data.map((_, i) => i);
  let c = 1;
  const averaged = (): PerceptronModel => {
    const aw = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) aw[k] = w[k]! - u[k]! / c;
    const at = new Float32Array(tr.length);
    for (let k = 0; k < tr.length; k++) at[k] = tr[k]! - tu[k]! / c;
    return { bits, featureCount, weights: aw, trans: at };
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const { feats, gold } = data[idx]!;
      const n = gold.length;
      const F = feats.length / n;
      const pred = viterbi(live, feats, n, gold, opts.cost ?? 0);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          const o = i * F;
          for (let j = 0; j < F; j++) {
            const base = feats[o + j]! * T;
            w[base + g]! += 1;
            u[base + g]! += c;
            w[base + p]! -= 1;
            u[base + p]! -= c;
          }
        }
        const gp = i === 0 ? T : gold[i - 1]!;
        const pp = i === 0 ? T : pred[i - 1]!;
        if (g !== p || gp !== pp) {
          tr[gp * T + g]! += 1;
          tu[gp * T + g]! += c;
          tr[pp * T + p]! -= 1;
          tu[pp * T + p]! -= c;
        }
      }
      c++;
    }
    opts.onEpoch?.(epoch, averaged);
  }
  return averaged();
}

/**
 * Folds a domain's feature copies into the general weights: bucket `f` gets
 * `w[f] + weight × w[copy(f)]`, which scores exactly as adding the (weighted) copies at tagging
 * time (a feature and its copy always fire together) but with half the table look-ups. The result
 * tags with general features only. `weight` defaults to the model's own `domainWeight` (1 when
 * unset). Folds the quantised weights of a model file, or a trainer's float weights (for scoring a
 * weight before it ships).
 */
export function foldDomain(
  model: PerceptronModel,
  domain: number,
  copyOf: (f: number, domain: number, bits: number) => number,
  weight = model.domainWeight ?? 1,
): PerceptronModel {
  // Domain 0 is the general features alone, whatever copy the model would add by itself.
  if (!domain) return model.domain ? { ...model, domain: 0 } : model;
  const w = model.weights;
  const buckets = 1 << model.bits;
  if (!(w instanceof Int16Array)) {
    const folded = new Float32Array(w.length);
    for (let f = 0; f < buckets; f++) {
      const to = f * T;
      const from = copyOf(f, domain, model.bits) * T;
      for (let t = 0; t < T; t++) folded[to + t] = w[to + t]! + weight * w[from + t]!;
    }
    return { ...model, weights: folded, domain: 0, domainWeight: 1 };
  }
  // Runs at every model load. Int16 sums could overflow, so both tables are halved (scores are
  // only compared, so a common factor changes nothing): (a + b + 1) >> 1 is Math.round((a + b) / 2).
  // The copy buckets are scattered over a 58 MB table, so reading them all is a cache miss each;
  // a first, sequential pass marks the few buckets that hold weights, and only those are read.
  const live = new Uint32Array((buckets + 31) >>> 5); // one bit per bucket: fits in cache
  for (let f = 0; f < buckets; f++) {
    const b = f * T;
    if (w[b]! | w[b + 1]! | w[b + 2]! | w[b + 3]! | w[b + 4]! | w[b + 5]! | w[b + 6]!)
      live[f >>> 5]! |= 1 << (f & 31);
  }
  const isLive = (f: number): boolean => (live[f >>> 5]! & (1 << (f & 31))) !== 0;
  const folded = new Int16Array(w.length);
  for (let f = 0; f < buckets; f++) {
    const copy = copyOf(f, domain, model.bits);
    const to = f * T;
    if (isLive(copy)) {
      const from = copy * T;
      // |weight| ≤ 1 keeps the halved sum inside Int16.
      for (let t = 0; t < T; t++) folded[to + t] = Math.round((w[to + t]! + weight * w[from + t]!) / 2);
    } else if (isLive(f)) {
      for (let t = 0; t < T; t++) folded[to + t] = (w[to + t]! + 1) >> 1;
    }
  }
  const trans = Float32Array.from(model.trans, (v) => v * 0.5);
  return { ...model, weights: folded, trans, domain: 0, domainWeight: 1 };
}
