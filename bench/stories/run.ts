/**
 * @module
 * `npm run bench:stories -- [file.jsonl] [--verbose]`: clusters the articles of a gold file with
 * `clusterArticles` and scores the result against the hand-assigned story labels. Articles are fed
 * in publication order (undated ones last), as a live feed would deliver them. Without a file it
 * scores the dev part (the one to tune on); the CI gate scores the test part. The last stdout line
 * is `stories: pairwise F1 N.NN, B-cubed F1 N.NN`.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type ClusterInput, clusterArticles } from "../../src/story/cluster/index.js";
import { isMain } from "../harness.js";
import { bcubed, type Prf, pairwise } from "./metrics.js";

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

export function evaluate(path: string): StoriesReport {
  const { rows, inputs, gold } = goldFeed(path);
  const predicted = clusterArticles(inputs);
  return {
    articles: rows.length,
    goldStories: new Set(gold.values()).size,
    predictedStories: new Set(predicted.values()).size,
    pairwise: pairwise(gold, predicted),
    bcubed: bcubed(gold, predicted),
    gold,
    predicted,
    byId: new Map(rows.map((r) => [r.id, r])),
  };
}

export async function gateScores(): Promise<Record<string, number>> {
  const r = evaluate(part("test"));
  return { pairwiseF1: r.pairwise.f1, bcubedF1: r.bcubed.f1 };
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
  const file = argv.find((a) => !a.startsWith("--"));
  const path = file ? resolve(file) : part("dev");
  const r = evaluate(path);
  const fmt = (s: Prf): string =>
    `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
  console.log(`stories: ${path}`);
  console.log(
    `articles ${r.articles}, gold stories ${r.goldStories}, predicted stories ${r.predictedStories}`,
  );
  console.log(`pairwise ${fmt(r.pairwise)}`);
  console.log(`B-cubed  ${fmt(r.bcubed)}`);
  if (argv.includes("--verbose")) for (const line of confusions(r)) console.log(`  ${line}`);
  console.log(`stories: pairwise F1 ${r.pairwise.f1.toFixed(2)}, B-cubed F1 ${r.bcubed.f1.toFixed(2)}`);
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
