/**
 * @module
 * Alignment of a story's claim candidates: frames, blocked candidate pairs, pair probabilities
 * from the trained model, and precision-first groups. Everything downstream (claims,
 * contradictions, the summary, the timeline) reads this one result.
 */
import type { EntityIndex, Story } from "../story.js";
import { candidatePairs, type KeyWeights, keyWeights } from "./blocking.js";
import { groupClaims, type PairScorer } from "./cluster.js";
import { type FeatureName, pairFeatures } from "./features.js";
import { type Frame, framesOf } from "./frames.js";
import { type ClaimItem, claimItems } from "./items.js";
import { type AlignModel, alignModel, probability } from "./model.js";

/** A story's statements, their frames and their scored candidate pairs, before grouping. */
export interface ScoredPairs {
  readonly items: readonly ClaimItem[];
  readonly frames: readonly Frame[];
  readonly weights: KeyWeights;
  /** Blocked candidate pairs `[i, j, p]`, `i < j`, from different articles. */
  readonly pairs: readonly (readonly [number, number, number])[];
  readonly scorer: PairScorer & {
    features(i: number, j: number): Record<FeatureName, number>;
  };
}

export interface Alignment extends ScoredPairs {
  readonly groups: readonly number[][];
}

export function scorePairs(
  story: Story,
  entities: EntityIndex,
  model: AlignModel = alignModel(),
): ScoredPairs {
  const items = claimItems(story);
  const frames = framesOf(items, story, entities);
  const weights = keyWeights(frames);
  const base = (i: number, j: number) =>
    pairFeatures(frames[i]!, frames[j]!, items[i]!.language === items[j]!.language, weights);
  const candidates = candidatePairs(items, frames, weights);
  const best = bestMatches(items, candidates, base);
  const features = (i: number, j: number) => {
    const x = base(i, j);
    return { ...x, mutualBest: best.mutual(i, j, x.allKeys) };
  };
  const score = (i: number, j: number): number => {
    const x = features(i, j);
    return incompatible(x) ? 0 : probability(model, x);
  };
  const pairs = candidates.map(([i, j]) => [i, j, score(i, j)] as const);
  return { items, frames, weights, pairs, scorer: { score, features } };
}

/**
 * Groups scored statements into claims; `apart(i, j)` names pairs that must never share a claim
 * (the two sides of a contradiction).
 */
export function groupScored(
  scored: ScoredPairs,
  model: AlignModel = alignModel(),
  apart: (i: number, j: number) => boolean = () => false,
): Alignment {
  const scorer = {
    ...scored.scorer,
    score: (i: number, j: number) => (apart(i, j) ? 0 : scored.scorer.score(i, j)),
  };
  const pairs = scored.pairs.map(([i, j, p]) => [i, j, apart(i, j) ? 0 : p] as const);
  const groups = groupClaims(scored.items, pairs, scorer, model);
  return { ...scored, pairs, scorer, groups };
}

export function alignStory(story: Story, entities: EntityIndex, model: AlignModel = alignModel()): Alignment {
  return groupScored(scorePairs(story, entities, model), model);
}

/**
 * Whether two statements are each other's closest match in the other's article, by overall key
 * overlap: a sentence restating a fact has one counterpart in another article, while a sentence
 * that merely shares the story's names is about as close to many. 1 when mutual, 0.5 one way.
 */
function bestMatches(
  items: readonly ClaimItem[],
  candidates: readonly (readonly [number, number])[],
  base: (i: number, j: number) => Record<FeatureName, number>,
) {
  const top = new Map<string, number>();
  const note = (i: number, article: string, v: number) => {
    const k = `${i}|${article}`;
    if (v > (top.get(k) ?? -1)) top.set(k, v);
  };
  for (const [i, j] of candidates) {
    const v = base(i, j).allKeys;
    note(i, items[j]!.article, v);
    note(j, items[i]!.article, v);
  }
  return {
    mutual(i: number, j: number, v: number): number {
      const a = v > 0 && v >= (top.get(`${i}|${items[j]!.article}`) ?? Number.POSITIVE_INFINITY) - 1e-9;
      const b = v > 0 && v >= (top.get(`${j}|${items[i]!.article}`) ?? Number.POSITIVE_INFINITY) - 1e-9;
      return (a ? 0.5 : 0) + (b ? 0.5 : 0);
    },
  };
}

/**
 * Pairs that can never state one fact: a plan and a fact, a negation and an assertion, or two
 * different amounts of the same thing (a contradiction, reported as such, never as support), or one
 * number counting two outcomes (62 dead, 62 injured).
 */
export function incompatible(x: Readonly<Record<FeatureName, number>>): boolean {
  return x.planVsFact === 1 || x.negationMismatch === 1 || x.otherAmount === 1 || x.roleConflict === 1;
}
