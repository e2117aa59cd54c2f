/**
 * @module
 * `npm run train:claims`: trains the claim-alignment model on the DEV stories of the claims gold
 * and writes `models/claims-align/model.json`. Examples are the blocked candidate pairs of each
 * story (what the product scores); a pair is positive when one gold fact lists both statements.
 * The learner is gradient-boosted small trees on the logistic loss (deterministic: no shuffling,
 * no seed). The grouping thresholds are then chosen on dev for precision: the
 * highest alignment recall whose precision stays at or above {@link TARGET_PRECISION} (when no
 * setting reaches it, the most precise one), judged
 * leave-one-story-out (each story grouped by a model trained without it), so the figures printed
 * are what an unseen story gets, not what the training stories get. Never reads the test split.
 */
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { FEATURES, type FeatureName } from "../../src/story/consolidate/align/features.js";
import { scorePairs } from "../../src/story/consolidate/align/index.js";
import {
  type AlignModel,
  leafOf,
  modelPath,
  type TreeNode,
} from "../../src/story/consolidate/align/model.js";
import { resolveEntities } from "../../src/story/consolidate/entities.js";
import { counts, prf } from "../harness.js";
import { type LoadedStory, loadStories } from "./corpus.js";
import { headline, scoreAll, storyOf, summaryLine } from "./run.js";
import { goldStatements } from "./score.js";

/** The precision issue 11 accepts; on dev it costs 0.02 recall against 0.85 and cuts false support by a quarter. */
const TARGET_PRECISION = 0.9;
/** Held-out stories with fewer predicted pairs are left out of the worst-story figure. */
const MIN_PREDICTED = 20;
const ROUNDS = 300;
const DEPTH = 2;
const RATE = 0.1;
const LAMBDA = 1;
const MIN_LEAF = 100;

interface Example {
  readonly x: readonly number[];
  readonly y: 0 | 1;
}

export function examplesOf(s: LoadedStory, features: readonly FeatureName[]): Example[] {
  const story = storyOf(s);
  // Features only: the shipped model's scores are not read, so training never depends on it.
  const blank: AlignModel = { features, trees: [], bias: 0, threshold: 1, link: 1, floor: 1 };
  const alignment = scorePairs(story, resolveEntities(story), blank);
  const { factsOf } = goldStatements(s.gold, s.docs);
  const fileOf = new Map(s.docs.map((d, i) => [`a${i + 1}`, basename(d.source)]));
  const unit = (i: number) => `${fileOf.get(alignment.items[i]!.article)}:${alignment.items[i]!.claim.start}`;
  return alignment.pairs.map(([i, j]) => {
    const fa = factsOf.get(unit(i));
    const fb = factsOf.get(unit(j));
    const y = fa && fb && [...fa].some((n) => fb.has(n)) ? 1 : 0;
    const x = alignment.scorer.features(i, j);
    return { x: features.map((f) => x[f]), y };
  });
}

export interface Fitted {
  readonly trees: TreeNode[];
  readonly bias: number;
}

/**
 * Gradient boosting of small regression trees on the logistic loss (Friedman's algorithm with
 * Newton leaf values). Split candidates are each feature's quantiles over the training rows, so
 * training is deterministic and fast; positives are weighed up, at most tenfold, so the rare
 * "same fact" class is heard.
 */
export function fitModel(examples: readonly Example[], dims: number): Fitted {
  const n = examples.length;
  const pos = examples.filter((e) => e.y === 1).length;
  const posWeight = pos > 0 ? Math.min(10, (n - pos) / pos) : 1;
  const w = examples.map((e) => (e.y === 1 ? posWeight : 1));
  const wPos = examples.reduce((s, e, i) => s + (e.y === 1 ? w[i]! : 0), 0);
  const wAll = w.reduce((s, v) => s + v, 0);
  const bias = Math.log(Math.max(wPos, 1e-6) / Math.max(wAll - wPos, 1e-6));
  const z = new Array<number>(n).fill(bias);
  const cuts = Array.from({ length: dims }, (_, f) => quantiles(examples.map((e) => e.x[f]!)));
  const trees: TreeNode[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const g = new Array<number>(n);
    const h = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-z[i]!));
      g[i] = w[i]! * (examples[i]!.y - p);
      h[i] = w[i]! * p * (1 - p);
    }
    const rows = examples.map((_, i) => i);
    const tree = grow(rows, 0, examples, g, h, cuts);
    trees.push(tree);
    for (let i = 0; i < n; i++) z[i]! += leafOf(tree, examples[i]!.x);
  }
  return { trees, bias: round4(bias) };
}

function grow(
  rows: readonly number[],
  depth: number,
  examples: readonly Example[],
  g: readonly number[],
  h: readonly number[],
  cuts: readonly (readonly number[])[],
): TreeNode {
  let sg = 0;
  let sh = 0;
  for (const i of rows) {
    sg += g[i]!;
    sh += h[i]!;
  }
  const leaf = { v: round4((RATE * sg) / (sh + LAMBDA)) };
  if (depth >= DEPTH || rows.length < 2 * MIN_LEAF) return leaf;
  const gain = (a: number, b: number) => (a * a) / (b + LAMBDA);
  let best: { f: number; t: number; score: number } | undefined;
  cuts.forEach((thresholds, f) => {
    for (const t of thresholds) {
      let lg = 0;
      let lh = 0;
      let ln = 0;
      for (const i of rows) {
        if (examples[i]!.x[f]! < t) {
          lg += g[i]!;
          lh += h[i]!;
          ln += 1;
        }
      }
      if (ln < MIN_LEAF || rows.length - ln < MIN_LEAF) continue;
      const score = gain(lg, lh) + gain(sg - lg, sh - lh) - gain(sg, sh);
      if (score > (best?.score ?? 1e-9)) best = { f, t, score };
    }
  });
  if (!best) return leaf;
  const { f, t } = best;
  return {
    f,
    t,
    l: grow(
      rows.filter((i) => examples[i]!.x[f]! < t),
      depth + 1,
      examples,
      g,
      h,
      cuts,
    ),
    r: grow(
      rows.filter((i) => examples[i]!.x[f]! >= t),
      depth + 1,
      examples,
      g,
      h,
      cuts,
    ),
  };
}

/** Up to 16 distinct split points per feature, at its quantiles. */
function quantiles(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out = new Set<number>();
  for (let q = 1; q < 16; q++) {
    const v = sorted[Math.floor((q / 16) * sorted.length)];
    if (v !== undefined && v > sorted[0]!) out.add(round4(v));
  }
  return [...out];
}

function round4(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}

const GRID = {
  threshold: [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98],
  link: [0.5, 0.6, 0.7, 0.8, 0.9],
  floor: [0.1, 0.3, 0.5],
};

async function main(): Promise<number> {
  const stories = await loadStories(undefined, "dev");
  const features = [...FEATURES];
  const perStory = stories.map((s) => examplesOf(s, features));
  const all = perStory.flat();
  console.log(
    `train:claims: ${stories.length} dev stories, ${all.length} candidate pairs, ${all.filter((e) => e.y).length} positive`,
  );
  // Leave-one-story-out models, for choosing thresholds on stories each model has not seen.
  const heldOut = stories.map((_, k) =>
    fitModel(perStory.filter((__, m) => m !== k).flat(), features.length),
  );
  let best:
    | { t: number; l: number; f: number; p: number; r: number; fs: number; worst: number; meets: boolean }
    | undefined;
  for (const t of GRID.threshold) {
    for (const l of GRID.link) {
      if (l > t) continue;
      for (const f of GRID.floor) {
        const pairs = counts();
        const support = { falseClaims: 0, multiClaims: 0 };
        let worst = 1;
        stories.forEach((s, k) => {
          const m: AlignModel = { features, ...heldOut[k]!, threshold: t, link: l, floor: f };
          const { totals } = scoreAll([s], m);
          const predicted = totals.pairs.tp + totals.pairs.fp;
          if (predicted >= MIN_PREDICTED) worst = Math.min(worst, totals.pairs.tp / predicted);
          pairs.tp += totals.pairs.tp;
          pairs.fp += totals.pairs.fp;
          pairs.fn += totals.pairs.fn;
          support.falseClaims += totals.support.falseClaims;
          support.multiClaims += totals.support.multiClaims;
        });
        const { precision: p, recall: r } = prf(pairs);
        const fs = support.falseClaims / Math.max(1, support.multiClaims);
        if (process.argv.includes("--frontier"))
          console.log(
            `  threshold ${t} link ${l} floor ${f}: P ${p.toFixed(3)} R ${r.toFixed(3)} false support ${fs.toFixed(3)} worst story P ${worst.toFixed(3)}`,
          );
        // The worst held-out story is printed beside the pooled figure (an unseen story is scored
        // alone), but the choice reads the pooled figure: one small story's precision swings on a
        // handful of pairs, and choosing on it made the setting jump between runs.
        const meets = p >= TARGET_PRECISION;
        const bestMeets = best?.meets === true;
        const better =
          !best ||
          // At the target, the most recall; among settings of equal recall, the most precise.
          (meets && (!bestMeets || r > best.r || (r === best.r && p > best.p))) ||
          (!meets && !bestMeets && (p > best.p || (p === best.p && r > best.r)));
        if (better) best = { t, l, f, p, r, fs, worst, meets };
      }
    }
  }
  // Per story, leave-one-story-out at the chosen setting: the bilingual stories are what the
  // test split is made of, and their precision can differ from the pooled figure.
  stories.forEach((s, k) => {
    const m: AlignModel = { features, ...heldOut[k]!, threshold: best!.t, link: best!.l, floor: best!.f };
    const h = headline(scoreAll([s], m).totals);
    console.log(
      `  held out ${s.name}: P ${h.precision.toFixed(3)} R ${h.recall.toFixed(3)} false support ${h.falseSupport.toFixed(3)} id-en ${h.idEnRecall.toFixed(3)}`,
    );
  });
  const { trees, bias } = fitModel(all, features.length);
  const model: AlignModel = { features, trees, bias, threshold: best!.t, link: best!.l, floor: best!.f };
  writeFileSync(modelPath(), `${JSON.stringify(model, null, 2)}\n`);
  console.log(
    `train:claims: threshold ${best!.t}, link ${best!.l}, floor ${best!.f}: leave-one-story-out P ${best!.p.toFixed(3)} R ${best!.r.toFixed(3)} false support ${best!.fs.toFixed(3)}, worst story P ${best!.worst.toFixed(3)}${best!.meets ? "" : " (target not met)"}`,
  );
  console.log(`dev (trained on): ${summaryLine(headline(scoreAll(stories, model).totals))}`);
  return 0;
}

if (process.argv[1]?.endsWith("train.ts"))
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 70;
    },
  );
