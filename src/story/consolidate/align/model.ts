/**
 * @module
 * The alignment model: gradient-boosted regression trees with a logistic link over
 * {@link FEATURES} (small trees, so "shares a rare number AND the event" can outweigh "shares the
 * story's names" without hand-made feature products), trained by `npm run train:claims` on the
 * dev stories of the claims gold and shipped in `models/claims-align/model.json` with the
 * grouping thresholds chosen there for precision.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DomainError } from "../../../core/errors.js";
import { FEATURES, type FeatureName } from "./features.js";

/** A tree node: a split on feature `f` at `t` (go left when below), or a leaf value `v`. */
export type TreeNode =
  | { readonly f: number; readonly t: number; readonly l: TreeNode; readonly r: TreeNode }
  | { readonly v: number };

export interface AlignModel {
  readonly features: readonly FeatureName[];
  readonly trees: readonly TreeNode[];
  /** The log-odds every tree adds to. */
  readonly bias: number;
  /** A pair at least this probable starts a merge. */
  readonly threshold: number;
  /** Mean probability over the cross-article pairs of two groups needed to merge them. */
  readonly link: number;
  /** No pair of a merged group may fall below this. */
  readonly floor: number;
}

export function modelPath(): string {
  return fileURLToPath(new URL("../../../../models/claims-align/model.json", import.meta.url));
}

let loaded: AlignModel | undefined;

/**
 * A model naming a feature this build does not compute comes from a newer (or older) source tree
 * than the compiled code: say so, rather than fail as an internal error.
 */
export function assertKnownFeatures(features: readonly string[], path: string): void {
  const unknown = features.filter((f) => !(FEATURES as readonly string[]).includes(f));
  if (unknown.length > 0)
    throw new DomainError("E_MODEL_MISMATCH", { path, detail: `unknown features ${unknown.join(", ")}` });
}

export function alignModel(): AlignModel {
  if (!loaded) {
    const raw = JSON.parse(readFileSync(modelPath(), "utf8")) as AlignModel;
    assertKnownFeatures(raw.features, modelPath());
    loaded = raw;
  }
  return loaded;
}

export function leafOf(node: TreeNode, x: readonly number[]): number {
  let n = node;
  while (!("v" in n)) n = x[n.f]! < n.t ? n.l : n.r;
  return n.v;
}

export function probability(model: AlignModel, x: Readonly<Record<FeatureName, number>>): number {
  const row = model.features.map((f) => x[f]);
  let z = model.bias;
  for (const tree of model.trees) z += leafOf(tree, row);
  return 1 / (1 + Math.exp(-z));
}
