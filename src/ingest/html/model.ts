/**
 * @module
 * The block classifier: two logistic regressions (the second also reads the first's
 * probabilities of the neighbours and containers), trained by `scripts/train-html-blocks.ts`
 * and shipped as `models/html-blocks/model.json`. Scoring is a dot product; no I/O beyond
 * reading the weights once.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DecodeParams } from "./extract.js";
import { type BlockFeatures, CONTEXT, contextFeatures, DENSE } from "./features.js";
import type { Page } from "./parse.js";

export interface LinearModel {
  readonly bias: number;
  /** Names of the dense inputs, in order (checked against the code's list when loaded). */
  readonly denseNames: readonly string[];
  readonly mean: readonly number[];
  readonly std: readonly number[];
  readonly dense: readonly number[];
  readonly sparse: Readonly<Record<string, number>>;
}

export interface BlockModel {
  readonly format: "kabar.html-blocks/1";
  /** Thresholds on the second pass's probabilities (see `keptBlocks`). */
  readonly decode: DecodeParams;
  readonly first: LinearModel;
  readonly second: LinearModel;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function scoreLinear(m: LinearModel, sparse: readonly string[], dense: ArrayLike<number>): number {
  let z = m.bias;
  for (let k = 0; k < m.dense.length; k++) z += (m.dense[k]! * (dense[k]! - m.mean[k]!)) / m.std[k]!;
  for (const f of sparse) z += m.sparse[f] ?? 0;
  return sigmoid(z);
}

export function joinDense(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Probability of each block being main text. */
export function classifyBlocks(model: BlockModel, page: Page, feats: BlockFeatures): Float64Array {
  const n = feats.dense.length;
  const p1 = new Float64Array(n);
  for (let i = 0; i < n; i++) p1[i] = scoreLinear(model.first, feats.sparse[i]!, feats.dense[i]!);
  const ctx = contextFeatures(page, p1);
  const p2 = new Float64Array(n);
  for (let i = 0; i < n; i++)
    p2[i] = scoreLinear(model.second, feats.sparse[i]!, joinDense(feats.dense[i]!, ctx[i]!));
  return p2;
}

export const MODEL_PATH = fileURLToPath(new URL("../../../models/html-blocks/model.json", import.meta.url));

let cached: BlockModel | undefined;

/** The shipped model, read once. */
export function shippedModel(): BlockModel {
  if (!cached) {
    const m = JSON.parse(readFileSync(MODEL_PATH, "utf8")) as BlockModel;
    const want = [...DENSE, ...CONTEXT.map((c) => `ctx.${c}`)];
    if (m.format !== "kabar.html-blocks/1" || m.first.denseNames.join() !== DENSE.join())
      throw new Error(`${MODEL_PATH}: not a model for this code (retrain with npm run train:html)`);
    if (m.second.denseNames.join() !== want.join())
      throw new Error(`${MODEL_PATH}: second pass inputs differ (retrain with npm run train:html)`);
    cached = m;
  }
  return cached;
}
