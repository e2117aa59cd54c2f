/**
 * @module
 * What every refiner receives: the document's sentences as finder views, the find context, and the
 * document's words seen in lower case (to tell a capitalised common word from a name).
 */
import type { Candidate, FindContext, SentenceView } from "../candidate.js";

export interface RefineEnv {
  readonly views: readonly SentenceView[];
  readonly ctx: FindContext;
  /** Words that occur written in lower case somewhere in the document. */
  readonly lowerSeen: ReadonlySet<string>;
}

export type Refiner = (candidates: readonly Candidate[], env: RefineEnv) => Candidate[];

/** Orders candidates by sentence, then start, longer first. */
export function byPosition(a: Candidate, b: Candidate): number {
  return a.sentence - b.sentence || a.i - b.i || b.j - a.j;
}

/** True when the two candidates share a token. */
export function clash(a: Candidate, b: Candidate): boolean {
  return a.sentence === b.sentence && a.i < b.j && b.i < a.j;
}
