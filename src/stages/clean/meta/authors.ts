/**
 * @module
 * The learned author reader: where the rules read no byline, it scores the name candidates of
 * author-candidates.ts with a logistic regression (weights in `models/clean-meta/authors.json`,
 * trained on the cleaning bench's dev split by `npm run train:clean-meta`) and keeps those the model
 * is sure of; a page credits no author more often than not, and a missing author is better than a
 * wrong one. Each decision comes with its reason, for `--debug`.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type AuthorCandidate, type AuthorInput, authorCandidates } from "./author-candidates.js";
import { type RankerFile, score } from "./outlet.js";

export interface AuthorDecision {
  readonly authors: readonly string[];
  readonly reason: string;
}

const FILE = fileURLToPath(new URL("../../../../models/clean-meta/authors.json", import.meta.url));
let loaded: RankerFile | null | undefined;

/** The shipped model, read once; null when it is not there (the rules then decide alone). */
export function authorModel(): RankerFile | null {
  if (loaded === undefined)
    loaded = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, "utf8")) as RankerFile) : null;
  return loaded;
}

let trace: ((input: AuthorInput, candidates: readonly AuthorCandidate[]) => void) | null = null;

/** Training and evaluation read the candidates of each article through this hook. */
export function traceAuthorCandidates(
  fn: ((input: AuthorInput, candidates: readonly AuthorCandidate[]) => void) | null,
): void {
  trace = fn;
}

/** The candidates a model keeps, most probable first. */
export function keptAuthors(
  model: RankerFile,
  candidates: readonly AuthorCandidate[],
): { name: string; p: number }[] {
  return candidates
    .map((c) => ({ name: c.name, p: score(model.weights, c.features) }))
    .filter((c) => c.p >= model.threshold)
    .sort((a, b) => b.p - a.p);
}

/** The article's authors: the rules' when they read any, else the model's. */
export function readAuthors(input: AuthorInput, model: RankerFile | null = authorModel()): AuthorDecision {
  if (trace) trace(input, authorCandidates(input));
  if (!model || input.ruleAuthors.length > 0) return { authors: input.ruleAuthors, reason: "authors: rules" };
  const kept = keptAuthors(model, authorCandidates(input));
  if (kept.length === 0) return { authors: [], reason: "authors: none" };
  return {
    authors: kept.map((k) => k.name),
    reason: `authors: ${kept.map((k) => `${JSON.stringify(k.name)} p=${k.p.toFixed(2)}`).join(", ")}`,
  };
}
