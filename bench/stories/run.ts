/**
 * @module
 * `npm run bench:stories -- [file.jsonl] [--verbose] [--orders N]`: clusters the articles of a gold
 * file with `clusterArticles` and scores the result against the hand-assigned story labels, once in
 * publication order (undated ones last) and then in N seeded shuffles (default 10), because a live
 * stream does not choose its arrival order. Without a file it scores the dev part (the one to tune
 * on); the CI gate scores the test part. The last stdout line is
 * `stories: pairwise F1 N.NN, B-cubed F1 N.NN (worst N.NN, N.NN), other languages joined N%` with the
 * medians over the shuffles first.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ClusterInput, clusterArticles } from "../../src/story/cluster/index.js";
import { isMain } from "../harness.js";
import { type JoinRate, joinRate } from "./joined.js";
import { bcubed, type Prf, pairwise } from "./metrics.js";
import { median, shuffled } from "./orders.js";

/** How many seeded shuffles a run scores, and the languages that count as "main" for joining. */
export const ORDERS = 10;
const MAIN_LANGUAGES = new Set(["id", "en"]);

export const corpus = "bench/corpora/stories";
const part = (name: string): string =>
  fileURLToPath(new URL(`../corpora/stories/${name}.jsonl`, import.meta.url));

/** One gold line: the article as a search result shows it, plus its hand-assigned story. */
export interface StoryGold {
  readonly id: string;
  readonly story: string;
  readonly url: string;
  readonly outlet: string;
  readonly language: string;
  readonly published: string | null;
  readonly title: string;
  readonly text: string;
}

export function readGold(path: string): StoryGold[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as StoryGold);
}

/** Publication order; undated articles last, then by id so every run sees one order. */
function feedOrder(a: StoryGold, b: StoryGold): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface StoriesReport {
  readonly articles: number;
  readonly goldStories: number;
  readonly predictedStories: number;
  readonly pairwise: Prf;
  readonly bcubed: Prf;
  readonly gold: Map<string, string>;
  readonly predicted: Map<string, string>;
  readonly byId: Map<string, StoryGold>;
  /** Articles outside Indonesian and English that reached their story's main cluster. */
  readonly joined: JoinRate;
}

/** A gold file as the clusterer is fed it: rows in feed order, their inputs, id → gold story. */
export function goldFeed(path: string): {
  rows: StoryGold[];
  inputs: ClusterInput[];
  gold: Map<string, string>;
} {
  const rows = readGold(path).sort(feedOrder);
  const inputs: ClusterInput[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    text: r.text,
    language: r.language,
    published: r.published,
  }));
  return { rows, inputs, gold: new Map(rows.map((r) => [r.id, r.story])) };
}

/** Scores one arrival order: publication order without a seed, else the seeded shuffle. */
export function evaluate(path: string, seed?: number): StoriesReport {
  const feed = goldFeed(path);
  const { rows, gold } = feed;
  const inputs = seed === undefined ? feed.inputs : shuffled(feed.inputs, seed);
  const predicted = clusterArticles(inputs);
  const language = new Map(rows.map((r) => [r.id, r.language]));
  return {
    articles: rows.length,
    goldStories: new Set(gold.values()).size,
    predictedStories: new Set(predicted.values()).size,
    pairwise: pairwise(gold, predicted),
    bcubed: bcubed(gold, predicted),
    gold,
    predicted,
    byId: new Map(rows.map((r) => [r.id, r])),
    joined: joinRate(gold, predicted, (id) => !MAIN_LANGUAGES.has(language.get(id) ?? "")),
  };
}

export interface OrdersSummary {
  readonly reports: StoriesReport[];
  readonly pairwise: { readonly median: number; readonly worst: number };
  readonly bcubed: { readonly median: number; readonly worst: number };
  /** Joined share of other-language articles, pooled over all orders. */
  readonly joined: JoinRate;
}

/** Scores `orders` seeded shuffles (seeds 1…orders) of one gold file. */
export function evaluateOrders(path: string, orders = ORDERS): OrdersSummary {
  const reports = Array.from({ length: orders }, (_, i) => evaluate(path, i + 1));
  const pw = reports.map((r) => r.pairwise.f1);
  const b3 = reports.map((r) => r.bcubed.f1);
  let joined = 0;
  let total = 0;
  for (const r of reports) {
    joined += r.joined.joined;
    total += r.joined.total;
  }
  return {
    reports,
    pairwise: { median: median(pw), worst: Math.min(...pw) },
    bcubed: { median: median(b3), worst: Math.min(...b3) },
    joined: { joined, total, rate: total === 0 ? 1 : joined / total },
  };
}

export async function gateScores(): Promise<Record<string, number>> {
  const s = evaluateOrders(part("test"));
  return {
    pairwiseF1: s.pairwise.median,
    bcubedF1: s.bcubed.median,
    pairwiseWorstF1: s.pairwise.worst,
    bcubedWorstF1: s.bcubed.worst,
    otherLanguagesJoined: s.joined.rate,
  };
}

/** Predicted clusters that mix gold stories, and gold stories split over clusters. */
function confusions(r: StoriesReport): string[] {
  const out: string[] = [];
  const members = new Map<string, string[]>();
  for (const [id, c] of r.predicted) members.set(c, [...(members.get(c) ?? []), id]);
  for (const [c, ids] of members) {
    const stories = new Set(ids.map((id) => r.gold.get(id)));
    if (stories.size > 1) out.push(`merged ${c}: ${[...stories].join(" + ")} (${ids.length} articles)`);
  }
  const goldMembers = new Map<string, string[]>();
  for (const [id, s] of r.gold) goldMembers.set(s, [...(goldMembers.get(s) ?? []), id]);
  for (const [s, ids] of goldMembers) {
    const clusters = new Set(ids.map((id) => r.predicted.get(id)));
    if (clusters.size > 1) out.push(`split ${s}: ${ids.length} articles over ${clusters.size} clusters`);
  }
  return out;
}

function main(argv: readonly string[]): number {
  const ordersAt = argv.indexOf("--orders");
  const orders = ordersAt >= 0 ? Number(argv[ordersAt + 1]) : ORDERS;
  if (!Number.isInteger(orders) || orders < 1) {
    console.error("stories: --orders needs a positive whole number");
    return 2;
  }
  const file = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--orders");
  const path = file ? resolve(file) : part("dev");
  const verbose = argv.includes("--verbose");
  const fmt = (s: Prf): string =>
    `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
  const pct = (j: JoinRate): string => `${j.joined}/${j.total} (${(100 * j.rate).toFixed(0)}%)`;
  const r = evaluate(path);
  console.log(`stories: ${path}`);
  console.log(
    `articles ${r.articles}, gold stories ${r.goldStories}, predicted stories ${r.predictedStories} (publication order)`,
  );
  console.log(`pairwise ${fmt(r.pairwise)}`);
  console.log(`B-cubed  ${fmt(r.bcubed)}`);
  console.log(`other languages joined ${pct(r.joined)}`);
  if (verbose) for (const line of confusions(r)) console.log(`  ${line}`);
  const s = evaluateOrders(path, orders);
  s.reports.forEach((o, i) => {
    console.log(
      `order ${i + 1}: pairwise F1 ${o.pairwise.f1.toFixed(3)}, B-cubed F1 ${o.bcubed.f1.toFixed(3)}, ${o.predictedStories} stories, joined ${pct(o.joined)}`,
    );
    if (verbose) for (const line of confusions(o)) console.log(`  ${line}`);
  });
  console.log(
    `stories: pairwise F1 ${s.pairwise.median.toFixed(2)}, B-cubed F1 ${s.bcubed.median.toFixed(2)} (worst ${s.pairwise.worst.toFixed(2)}, ${s.bcubed.worst.toFixed(2)}), other languages joined ${(100 * s.joined.rate).toFixed(0)}% over ${orders} orders`,
  );
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
