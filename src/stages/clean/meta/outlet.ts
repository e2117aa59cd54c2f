/**
 * @module
 * The learned outlet reader: scores every candidate of outlet-candidates.ts with a logistic
 * regression (weights in `models/clean-meta/outlet.json`, trained on the cleaning bench's dev split
 * by `npm run train:clean-meta`) and keeps the best one when the model is sure enough, else no
 * outlet: a missing outlet is better than a wrong one. Each decision comes with its reason (the
 * candidate, its probability and the features that weighed most), for `--debug`.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Features } from "../features.js";
import { type OutletCandidate, type OutletInput, outletCandidates } from "./outlet-candidates.js";

export interface RankerFile {
  readonly version: string;
  /** "fallback": the rules' pick stands when there is one and the model fills in; "rank-all": the model weighs every name. */
  readonly mode?: "rank-all" | "fallback";
  /**
   * "binary": each candidate scored on its own (a logistic regression); "softmax": the candidates of
   * a page compete with each other and with "none" (a conditional logit, none scoring 0).
   */
  readonly kind?: "binary" | "softmax";
  /** The best candidate is kept when its probability reaches this. */
  readonly threshold: number;
  readonly weights: Readonly<Record<string, number>>;
}

export interface OutletDecision {
  readonly outlet: string | null;
  readonly reason: string;
}

const FILE = fileURLToPath(new URL("../../../../models/clean-meta/outlet.json", import.meta.url));
let loaded: RankerFile | null | undefined;

/** The shipped model, read once; null when it is not there (the rules then decide alone). */
export function outletModel(): RankerFile | null {
  if (loaded === undefined)
    loaded = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, "utf8")) as RankerFile) : null;
  return loaded;
}

export function margin(weights: Readonly<Record<string, number>>, f: Features): number {
  let z = 0;
  for (const [name, value] of f) z += (weights[name] ?? 0) * value;
  return z;
}

/** A candidate's probability under a binary model. */
export const score = (weights: Readonly<Record<string, number>>, f: Features): number =>
  1 / (1 + Math.exp(-margin(weights, f)));

/** The features that pushed a candidate up most ("kind:stamp", "where:top"). */
function strongest(weights: Readonly<Record<string, number>>, f: Features, n: number): string[] {
  return [...f]
    .filter(([name]) => name !== "bias")
    .map(([name, v]) => [name, (weights[name] ?? 0) * v] as const)
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name]) => name);
}

/** Training and evaluation read the candidates of each article through this hook. */
let trace: ((input: OutletInput, candidates: readonly OutletCandidate[]) => void) | null = null;

export function traceOutletCandidates(
  fn: ((input: OutletInput, candidates: readonly OutletCandidate[]) => void) | null,
): void {
  trace = fn;
}

/** Picks among scored candidates: the most probable, when it reaches the threshold. */
export function decide(
  model: RankerFile,
  candidates: readonly OutletCandidate[],
): { best: OutletCandidate | null; p: number } {
  let best: OutletCandidate | null = null;
  let p = 0;
  if (model.kind === "softmax") {
    const s = candidates.map((c) => margin(model.weights, c.features));
    const top = Math.max(0, ...s);
    const z = Math.exp(-top) + s.reduce((a, v) => a + Math.exp(v - top), 0);
    candidates.forEach((c, k) => {
      const q = Math.exp(s[k]! - top) / z;
      if (q > p) [best, p] = [c, q];
    });
    return { best, p };
  }
  for (const c of candidates) {
    const q = score(model.weights, c.features);
    if (q > p) [best, p] = [c, q];
  }
  return { best, p };
}

/** The article's outlet as the model reads it; the rule pick as is when no model ships. */
export function readOutlet(input: OutletInput, model: RankerFile | null = outletModel()): OutletDecision {
  // Nothing is ranked without a model, nor in fallback mode where the rules found an outlet; the
  // candidates are still read when training asks for them.
  const rules = !model || (model.mode === "fallback" && input.rulePick !== null);
  if (trace) trace(input, outletCandidates(input));
  if (!model) return { outlet: input.rulePick, reason: "outlet: rules (no ranker model)" };
  if (rules) return { outlet: input.rulePick, reason: `outlet: ${JSON.stringify(input.rulePick)} (rules)` };
  const candidates = outletCandidates(input);
  const { best, p } = decide(model, candidates);
  if (!best) return { outlet: null, reason: "outlet: no candidate" };
  const why = strongest(model.weights, best.features, 3).join(", ");
  if (p < model.threshold)
    return {
      outlet: null,
      reason: `outlet: none (best ${JSON.stringify(best.name)} p=${p.toFixed(2)} < ${model.threshold})`,
    };
  return { outlet: best.name, reason: `outlet: ${JSON.stringify(best.name)} p=${p.toFixed(2)} (${why})` };
}
