/**
 * @module
 * One big story: how consolidation (entities across articles, origins, claim alignment,
 * contradictions, timeline, quotes, summary) scales with the number of articles of ONE story.
 * Articles are synthetic but seed-like and all about the same events: paragraphs of the example
 * corpus mixed across articles, a third of them with their digits varied, so articles share
 * most statements as a real big story does. Analysis runs first and is timed apart; the
 * consolidation is the figure, with the process's peak memory. `npx tsx bench/speed/story.ts
 * 1000 5000` prints one line per size and the ratio of the last to the first.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeArticle } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { defaultPipeline } from "../../src/app/pipeline.js";
import type { ArticleDoc } from "../../src/core/doc/document.js";
import { seededRandom } from "../../src/core/random.js";
import { decodeText } from "../../src/ingest/decode.js";
import { toArticles } from "../../src/ingest/read-inputs.js";
import { consolidate } from "../../src/story/consolidate/index.js";
import { isMain } from "../harness.js";

const examples = fileURLToPath(new URL("../../examples", import.meta.url));

function paragraphs(): string[] {
  const out: string[] = [];
  for (const story of readdirSync(examples, { withFileTypes: true })) {
    if (!story.isDirectory()) continue;
    const folder = join(examples, story.name);
    for (const name of readdirSync(folder).filter((n) => n.endsWith(".txt"))) {
      out.push(
        ...readFileSync(join(folder, name), "utf8")
          .split("\n")
          .map((p) => p.trim())
          .filter((p) => p.length > 80),
      );
    }
  }
  return out;
}

export function storyArticles(count: number, seed = 7): ArticleDoc[] {
  const pool = paragraphs();
  const next = seededRandom(seed);
  const ctx = makeContext();
  const pipeline = defaultPipeline();
  const docs: ArticleDoc[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let k = 0; k < 10; k++) {
      const p = pool[Math.floor(next() * pool.length)]!;
      parts.push(next() < 0.33 ? p.replace(/\d/g, () => String(Math.floor(next() * 10))) : p);
    }
    const source = `story/${i}.txt`;
    const bytes = new TextEncoder().encode(`${parts.join("\n\n")}\n`);
    for (const raw of toArticles(source, decodeText(bytes, source), "text"))
      docs.push(analyzeArticle(raw, ctx, pipeline));
  }
  return docs;
}

export interface StorySpeed {
  readonly articles: number;
  readonly analysisSeconds: number;
  readonly consolidateSeconds: number;
  readonly claims: number;
  readonly peakMiB: number;
}

export function measureStory(count: number): StorySpeed {
  const t0 = process.hrtime.bigint();
  const docs = storyArticles(count);
  const t1 = process.hrtime.bigint();
  // CPU time, not wall time: the figure must not move with whatever else the machine runs.
  const cpu0 = process.cpuUsage();
  const parts = consolidate({ articles: docs.map((doc, i) => ({ key: `a${i + 1}`, doc })) });
  const cpu = process.cpuUsage(cpu0);
  return {
    articles: count,
    analysisSeconds: Number(t1 - t0) / 1e9,
    consolidateSeconds: (cpu.user + cpu.system) / 1e6,
    claims: parts.claims.length,
    peakMiB: process.resourceUsage().maxRSS / 1024,
  };
}

export function report(r: StorySpeed): string {
  return `speed: one story of ${r.articles} articles: consolidation ${r.consolidateSeconds.toFixed(1)} CPU s (${r.claims} claims), analysis ${r.analysisSeconds.toFixed(1)} s, peak ${r.peakMiB.toFixed(0)} MiB`;
}

if (isMain(import.meta.url)) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const results = (sizes.length > 0 ? sizes : [1000, 5000]).map((n) => {
    const r = measureStory(n);
    console.log(report(r));
    return r;
  });
  if (results.length > 1) {
    const ratio = results.at(-1)!.consolidateSeconds / results[0]!.consolidateSeconds;
    console.log(
      `speed: story consolidation ${results.at(-1)!.articles} / ${results[0]!.articles} articles = ${ratio.toFixed(2)}× CPU time (target <= 6), peak ${Math.max(...results.map((r) => r.peakMiB)).toFixed(0)} MiB (target <= 2048)`,
    );
  }
}
