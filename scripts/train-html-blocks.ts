/**
 * @module
 * `npm run train:html [-- --weight sqrt|log|one|words] [--l2 X] [--epochs N] [--lr X] [--min-count N]
 * [--page-norm X] [--no-cleaneval] [--sources a,b] [--dry] [--out F]`:
 * trains the HTML block classifier (`src/ingest/html/`) on the train split of the shared
 * html-extraction data (`../shared/data/html-extraction/`, not shipped) and writes
 * `models/html-blocks/model.json`.
 *
 * Labels: a block is main text when at least half of its word 4-shingles occur in the page's
 * gold text (for a block under four words: when its whole word sequence does). Pages whose gold
 * disagrees with their HTML (`gold_in_page_recall` < 0.8) are left out of training.
 * Model: two logistic regressions fitted by AdaGrad SGD with L2, examples weighted by the
 * block's word count (the metric counts shingles) and each page's examples scaled to the same
 * total (the metric averages pages: a long page full of comments must not outvote twenty short
 * ones), shuffled by the seeded PRNG; the second pass
 * reads the first pass's probabilities of neighbours and containers, out-of-fold on train
 * (4 folds grouped by host) so it learns from honest inputs. The threshold is chosen on dev
 * (mean shingle F1 of l3s-gn1, dragnet and cleanportaleval). Deterministic: same data, same
 * options → byte-identical weights.
 */
import { writeFileSync } from "node:fs";
import { seededRandom } from "../src/core/random.js";
import { type DecodeParams, FRAGMENT_CHARS, keptBlocks } from "../src/ingest/html/extract.js";
import {
  type BlockFeatures,
  blockFeatures,
  CONTEXT,
  contextFeatures,
  DENSE,
} from "../src/ingest/html/features.js";
import { readMeta } from "../src/ingest/html/meta.js";
import {
  type BlockModel,
  joinDense,
  type LinearModel,
  MODEL_PATH,
  scoreLinear,
} from "../src/ingest/html/model.js";
import { type Page, parsePage } from "../src/ingest/html/parse.js";
import {
  average,
  type GoldPage,
  loadPages,
  NEWS,
  type PageScore,
  SOURCES,
  scorePage,
  shingles,
  wordsOf,
} from "../tools/clean/html-gold.js";

interface Options {
  weight: "sqrt" | "log" | "one" | "words";
  l2: number;
  epochs: number;
  cleaneval: boolean;
  sources: readonly string[];
  minCount: number;
  lr: number;
  dry: boolean;
  out: string;
  /** Scale each page's examples by (mean page weight / page weight)^pageNorm: the metric averages pages. */
  pageNorm: number;
}

function parseArgs(argv: string[]): Options {
  const get = (k: string): string | undefined => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : undefined);
  return {
    weight: (get("--weight") ?? "sqrt") as Options["weight"],
    l2: Number(get("--l2") ?? 1e-5),
    epochs: Number(get("--epochs") ?? 8),
    cleaneval: !argv.includes("--no-cleaneval"),
    sources: get("--sources")?.split(",") ?? SOURCES,
    minCount: Number(get("--min-count") ?? 3),
    lr: Number(get("--lr") ?? 0.05),
    dry: argv.includes("--dry"),
    out: get("--out") ?? MODEL_PATH,
    pageNorm: Number(get("--page-norm") ?? 1),
  };
}

interface Prepared {
  readonly gold: GoldPage;
  readonly page: Page;
  readonly feats: BlockFeatures;
  readonly labels: Uint8Array;
  readonly words: Int32Array;
  readonly goldShingles: Map<string, number>;
}

/** Main-text label of each block against the page's gold text. */
function labelBlocks(page: Page, goldText: string): { labels: Uint8Array; words: Int32Array } {
  const gw = wordsOf(goldText);
  const grams = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];
  for (let n = 1; n <= 4; n++)
    for (let i = 0; i + n <= gw.length; i++) grams[n - 1]!.add(gw.slice(i, i + n).join(" "));
  const labels = new Uint8Array(page.blocks.length);
  const words = new Int32Array(page.blocks.length);
  page.blocks.forEach((b, i) => {
    const w = wordsOf(b.text);
    words[i] = w.length;
    if (w.length === 0) return;
    if (w.length < 4) {
      labels[i] = grams[w.length - 1]!.has(w.join(" ")) ? 1 : 0;
      return;
    }
    let hit = 0;
    for (let k = 0; k + 4 <= w.length; k++) if (grams[3]!.has(w.slice(k, k + 4).join(" "))) hit++;
    labels[i] = hit / (w.length - 3) >= 0.5 ? 1 : 0;
  });
  return { labels, words };
}

function prepare(pages: readonly GoldPage[]): Prepared[] {
  const out: Prepared[] = [];
  for (const gold of pages) {
    const page = parsePage(gold.html);
    const title = readMeta(page.meta).title;
    const feats = blockFeatures(page, title);
    const { labels, words } = labelBlocks(page, gold.text);
    out.push({ gold, page, feats, labels, words, goldShingles: shingles(gold.text) });
  }
  return out;
}

interface Example {
  readonly sparse: readonly string[];
  readonly dense: ArrayLike<number>;
  readonly y: number;
  readonly weight: number;
}

const exampleWeight = (words: number, o: Options): number =>
  o.weight === "one"
    ? 1
    : o.weight === "log"
      ? Math.log2(2 + words)
      : o.weight === "words"
        ? 1 + words / 10
        : Math.sqrt(1 + words);

/** AdaGrad SGD logistic regression over sparse indicators and standardised dense inputs. */
function fitLinear(
  examples: readonly Example[],
  denseNames: readonly string[],
  o: Options,
  seed: number,
): LinearModel {
  const D = denseNames.length;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.sparse) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (c >= o.minCount) vocab.set(f, vocab.size);
  const mean = new Float64Array(D);
  const sq = new Float64Array(D);
  for (const e of examples) for (let k = 0; k < D; k++) mean[k]! += e.dense[k]!;
  for (let k = 0; k < D; k++) mean[k]! /= examples.length;
  for (const e of examples) for (let k = 0; k < D; k++) sq[k]! += (e.dense[k]! - mean[k]!) ** 2;
  const std = Array.from(sq, (s) => Math.sqrt(s / examples.length) || 1);
  const idx = examples.map((e) =>
    Int32Array.from(e.sparse.map((f) => vocab.get(f) ?? -1).filter((i) => i >= 0)),
  );
  const x = examples.map((e) =>
    Float64Array.from({ length: D }, (_, k) => (e.dense[k]! - mean[k]!) / std[k]!),
  );
  const wd = new Float64Array(D);
  const gd = new Float64Array(D).fill(1e-8);
  const ws = new Float64Array(vocab.size);
  const gs = new Float64Array(vocab.size).fill(1e-8);
  let bias = 0;
  let gb = 1e-8;
  const rng = seededRandom(seed);
  const order = Array.from(examples, (_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const e = examples[i]!;
      const xi = x[i]!;
      const si = idx[i]!;
      let z = bias;
      for (let k = 0; k < D; k++) z += wd[k]! * xi[k]!;
      for (let k = 0; k < si.length; k++) z += ws[si[k]!]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - e.y) * e.weight;
      gb += g * g;
      bias -= (o.lr * g) / Math.sqrt(gb);
      for (let k = 0; k < D; k++) {
        const gk = g * xi[k]! + o.l2 * wd[k]!;
        gd[k]! += gk * gk;
        wd[k]! -= (o.lr * gk) / Math.sqrt(gd[k]!);
      }
      for (let k = 0; k < si.length; k++) {
        const f = si[k]!;
        const gk = g + o.l2 * ws[f]!;
        gs[f]! += gk * gk;
        ws[f]! -= (o.lr * gk) / Math.sqrt(gs[f]!);
      }
    }
  }
  const round = (v: number): number => Math.round(v * 1e4) / 1e4;
  const sparse: Record<string, number> = {};
  for (const [f, i] of vocab) if (Math.abs(ws[i]!) >= 5e-3) sparse[f] = round(ws[i]!);
  return {
    bias: round(bias),
    denseNames: [...denseNames],
    mean: Array.from(mean, (v) => Math.round(v * 1e6) / 1e6),
    std: std.map((v) => Math.round(v * 1e6) / 1e6),
    dense: Array.from(wd, round),
    sparse,
  };
}

/** Per-page scale of the example weights (1 without --page-norm). */
let meanPageWeight = 0;
const pageScale = (d: Prepared, o: Options): number =>
  o.pageNorm > 0 ? (meanPageWeight / pageWeight(d, o)) ** o.pageNorm : 1;
function pageWeight(d: Prepared, o: Options): number {
  let w = 0;
  for (let i = 0; i < d.words.length; i++) w += exampleWeight(d.words[i]!, o);
  return w || 1;
}

function firstExamples(data: readonly Prepared[], o: Options): Example[] {
  const out: Example[] = [];
  for (const d of data)
    for (let i = 0; i < d.labels.length; i++)
      out.push({
        sparse: d.feats.sparse[i]!,
        dense: d.feats.dense[i]!,
        y: d.labels[i]!,
        weight: exampleWeight(d.words[i]!, o) * pageScale(d, o),
      });
  return out;
}

function firstProbs(m: LinearModel, d: Prepared): Float64Array {
  const p = new Float64Array(d.labels.length);
  for (let i = 0; i < p.length; i++) p[i] = scoreLinear(m, d.feats.sparse[i]!, d.feats.dense[i]!);
  return p;
}

function secondExamples(data: readonly Prepared[], p1: readonly Float64Array[], o: Options): Example[] {
  const out: Example[] = [];
  data.forEach((d, j) => {
    const ctx = contextFeatures(d.page, p1[j]!);
    for (let i = 0; i < d.labels.length; i++)
      out.push({
        sparse: d.feats.sparse[i]!,
        dense: joinDense(d.feats.dense[i]!, ctx[i]!),
        y: d.labels[i]!,
        weight: exampleWeight(d.words[i]!, o) * pageScale(d, o),
      });
  });
  return out;
}

/** Kept text of a prepared page under a model's probabilities (as `mainText` does it). */
function keptText(d: Prepared, p: Float64Array, params: DecodeParams): string {
  const blocks = d.page.blocks;
  let total = 0;
  for (const b of blocks) total += b.text.length;
  if (total < FRAGMENT_CHARS) return blocks.map((b) => b.text).join("\n");
  return keptBlocks(d.page, p, params)
    .map((i) => blocks[i]!.text)
    .join("\n");
}

function secondProbs(model: BlockModel, d: Prepared): Float64Array {
  const p1 = firstProbs(model.first, d);
  const ctx = contextFeatures(d.page, p1);
  const p = new Float64Array(p1.length);
  for (let i = 0; i < p.length; i++)
    p[i] = scoreLinear(model.second, d.feats.sparse[i]!, joinDense(d.feats.dense[i]!, ctx[i]!));
  return p;
}

function evaluate(
  dev: readonly Prepared[],
  probs: readonly Float64Array[],
  params: DecodeParams,
): Map<string, number> {
  const bySource = new Map<string, PageScore[]>();
  dev.forEach((d, j) => {
    const s = scorePage(keptText(d, probs[j]!, params), d.goldShingles);
    bySource.set(d.gold.source, [...(bySource.get(d.gold.source) ?? []), s]);
  });
  const out = new Map<string, number>();
  for (const [s, scores] of bySource) out.set(s, average(scores).f1);
  out.set("news", NEWS.reduce((a, s) => a + (out.get(s) ?? 0), 0) / NEWS.length);
  return out;
}

/** Host of a page, or its id when unknown: folds never split a site. */
const groupOf = (g: GoldPage): string => g.host ?? g.id;

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const log = (msg: string): void => {
    process.stderr.write(`[${((performance.now() - t0) / 1000).toFixed(0)}s] ${msg}\n`);
  };
  const sources = o.sources.filter((s) => o.cleaneval || s !== "cleaneval");
  const train = prepare(loadPages("train", sources).filter((p) => p.goldInPageRecall >= 0.8));
  log(
    `train: ${train.length} pages, ${train.reduce((a, d) => a + d.labels.length, 0)} blocks, ${train.reduce((a, d) => a + d.labels.reduce((x, y) => x + y, 0), 0)} main`,
  );
  meanPageWeight = train.reduce((a, d) => a + pageWeight(d, o), 0) / train.length;
  const dev = prepare(loadPages("dev"));
  log(`dev: ${dev.length} pages`);

  // Out-of-fold first-pass probabilities on train, for the second pass to learn from.
  const K = 4;
  const foldOf = train.map((d) => hashString(groupOf(d.gold)) % K);
  const oof: Float64Array[] = train.map((d) => new Float64Array(d.labels.length));
  for (let k = 0; k < K; k++) {
    const m = fitLinear(
      firstExamples(
        train.filter((_, j) => foldOf[j] !== k),
        o,
      ),
      DENSE,
      o,
      1000 + k,
    );
    train.forEach((d, j) => {
      if (foldOf[j] === k) oof[j] = firstProbs(m, d);
    });
    log(`fold ${k + 1}/${K}`);
  }
  const first = fitLinear(firstExamples(train, o), DENSE, o, 1);
  log(`first pass: ${Object.keys(first.sparse).length} sparse weights`);
  const second = fitLinear(
    secondExamples(train, oof, o),
    [...DENSE, ...CONTEXT.map((c) => `ctx.${c}`)],
    o,
    2,
  );
  log(`second pass: ${Object.keys(second.sparse).length} sparse weights`);

  // Thresholds on dev.
  let model: BlockModel = {
    format: "kabar.html-blocks/1",
    decode: { inside: 0.5, outside: 0.5 },
    first,
    second,
  };
  const probs = dev.map((d) => secondProbs(model, d));
  const p1 = dev.map((d) => firstProbs(first, d));
  const grid = (label: string, ps: readonly Float64Array[]): { params: DecodeParams; news: number } => {
    let best: { params: DecodeParams; news: number } = { params: { inside: 0.5, outside: 0.5 }, news: -1 };
    for (let inside = 0.3; inside <= 0.751; inside += 0.05)
      for (let outside = Math.max(inside, 0.6); outside <= 0.951; outside += 0.05) {
        const params = { inside: Math.round(inside * 100) / 100, outside: Math.round(outside * 100) / 100 };
        const r = evaluate(dev, ps, params);
        if (r.get("news")! > best.news + 1e-9) best = { params, news: r.get("news")! };
      }
    const r = evaluate(dev, ps, best.params);
    log(
      `${label}: inside ${best.params.inside} outside ${best.params.outside}: news ${best.news.toFixed(4)} ${[...SOURCES].map((s) => `${s} ${r.get(s)?.toFixed(3)}`).join(" ")}`,
    );
    const flat = evaluate(dev, ps, { inside: best.params.outside, outside: best.params.outside });
    log(`${label}: one threshold ${best.params.outside}: news ${flat.get("news")!.toFixed(4)}`);
    return best;
  };
  const best = grid("second pass", probs);
  const r1 = evaluate(dev, p1, best.params);
  log(`first pass alone at those thresholds: news ${r1.get("news")!.toFixed(4)}`);
  model = { ...model, decode: best.params };
  if (!o.dry) {
    writeFileSync(o.out, `${JSON.stringify(model)}\n`);
    log(`wrote ${o.out}`);
  }
}

await main();
