/**
 * @module
 * The learned line classifier: a logistic regression over {@link lineFeatures}, trained by
 * `npm run train:clean` (scripts/train-clean-lines.ts) and shipped in
 * `models/clean-lines/weights.json`. It gives each line the probability that it is body; below the
 * model's threshold the line is chrome. The reason recorded for a removal is the cue rule that fired
 * on the line or, when none did, the feature that pushed hardest towards chrome.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Features } from "./features.js";

export interface LineModel {
  readonly version: string;
  readonly weights: ReadonlyMap<string, number>;
  /** Lines whose body probability is below this are chrome. */
  readonly threshold: number;
}

export interface ModelFile {
  readonly version: string;
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
}

const WEIGHTS = fileURLToPath(new URL("../../../models/clean-lines/weights.json", import.meta.url));
let loaded: LineModel | undefined;

export function modelFromFile(file: ModelFile): LineModel {
  return { version: file.version, threshold: file.threshold, weights: new Map(Object.entries(file.weights)) };
}

/** The shipped model, read once. */
export function lineModel(): LineModel {
  loaded ??= modelFromFile(JSON.parse(readFileSync(WEIGHTS, "utf8")) as ModelFile);
  return loaded;
}

export function margin(model: LineModel, f: Features): number {
  let z = 0;
  for (const [name, value] of f) z += (model.weights.get(name) ?? 0) * value;
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The probability that the line is body. */
export const bodyProbability = (model: LineModel, f: Features): number => sigmoid(margin(model, f));

/** The feature that pushed the line hardest towards chrome ("words:1", "below-body:6+"). */
export function topChromeFeature(model: LineModel, f: Features): string {
  let top = "bias";
  let low = Infinity;
  for (const [name, value] of f) {
    if (name === "bias") continue;
    const c = (model.weights.get(name) ?? 0) * value;
    if (c < low) {
      low = c;
      top = name;
    }
  }
  return top;
}
