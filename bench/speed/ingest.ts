/**
 * @module
 * Ingest speed: how many articles a second one core takes through ingest (decode + format sniff),
 * cleaning, language identification and segmentation. The articles are synthetic but seed-like:
 * paragraphs of the example corpus (examples/) shuffled across articles, with names and numbers
 * varied so no two texts are equal (equal texts would flatter any cache). Everything stays in
 * memory, so the figure measures the pipeline, not the disk.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeArticle } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { cleanPipeline } from "../../src/app/pipeline.js";
import { seededRandom } from "../../src/core/random.js";
import { decodeText } from "../../src/ingest/decode.js";
import { toArticles } from "../../src/ingest/read-inputs.js";

const examples = fileURLToPath(new URL("../../examples", import.meta.url));

export interface IngestSpeed {
  readonly articles: number;
  readonly seconds: number;
  readonly perSecond: number;
  /** CPU seconds the process used (all its threads): robust to a busy shared machine. */
  readonly cpuSeconds: number;
  readonly perCpuSecond: number;
  readonly meanChars: number;
}

/** Seeded, so every run measures the same texts. */
const rng = seededRandom;

function exampleParagraphs(): { paragraphs: string[]; sizes: number[] } {
  const out: string[] = [];
  const sizes: number[] = [];
  for (const story of readdirSync(examples, { withFileTypes: true })) {
    if (!story.isDirectory()) continue;
    const folder = join(examples, story.name);
    for (const name of readdirSync(folder).filter((n) => n.endsWith(".txt"))) {
      const text = readFileSync(join(folder, name), "utf8");
      // Some examples break paragraphs with one newline, some with two: lines are the unit.
      out.push(
        ...text
          .split("\n")
          .map((p) => p.trim())
          .filter(Boolean),
      );
      sizes.push(text.length);
    }
  }
  return { paragraphs: out, sizes };
}

// Names swapped in for capitalised words and digits changed, so texts differ but keep their shape.
const NAMES = ["Budi Santoso", "Siti Rahma", "Joko Widodo", "Anwar Ibrahim", "Maria Lopez", "Ahmad Fauzi"];

function vary(paragraph: string, next: () => number): string {
  return paragraph
    .replace(/\d/g, () => String(Math.floor(next() * 10)))
    .replace(
      /\b(Kim|Putin|Kremlin|Moskow|Moscow)\b/g,
      () => NAMES[Math.floor(next() * NAMES.length)] ?? "Budi",
    );
}

/** Builds `count` synthetic articles, each as long as a randomly chosen example article. */
export function syntheticArticles(count: number, seed = 1): Uint8Array[] {
  const { paragraphs, sizes } = exampleParagraphs();
  if (paragraphs.length === 0) throw new Error(`no example paragraphs under ${examples}`);
  const next = rng(seed);
  const encoder = new TextEncoder();
  return Array.from({ length: count }, () => {
    const target = sizes[Math.floor(next() * sizes.length)] ?? 3000;
    const parts: string[] = [];
    for (let len = 0; len < target; ) {
      const p = vary(paragraphs[Math.floor(next() * paragraphs.length)] ?? "", next);
      parts.push(p);
      len += p.length + 2;
    }
    return encoder.encode(`${parts.join("\n\n")}\n`);
  });
}

/** Runs ingest + clean + langid + segment over `count` synthetic articles and times it. */
export function measureIngest(count = 5000): IngestSpeed {
  const inputs = syntheticArticles(count);
  const ctx = makeContext();
  const pipeline = cleanPipeline();
  // Warm up the JIT and lazily loaded language data outside the timed loop.
  for (const bytes of inputs.slice(0, 50)) {
    for (const raw of toArticles("warm.txt", decodeText(bytes, "warm.txt"), "text"))
      analyzeArticle(raw, ctx, pipeline);
  }
  let chars = 0;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  inputs.forEach((bytes, i) => {
    const source = `synthetic/${i}.txt`;
    for (const raw of toArticles(source, decodeText(bytes, source), "text")) {
      chars += analyzeArticle(raw, ctx, pipeline).text.length;
    }
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    articles: count,
    seconds,
    perSecond: count / seconds,
    cpuSeconds,
    perCpuSecond: count / cpuSeconds,
    meanChars: chars / count,
  };
}

export function report(result: IngestSpeed): string {
  return `speed: ingest ${result.perCpuSecond.toFixed(0)} articles per CPU-second, ${result.perSecond.toFixed(0)} articles/s wall (${result.articles} articles, mean ${result.meanChars.toFixed(0)} chars, ${result.cpuSeconds.toFixed(1)} CPU s, ${result.seconds.toFixed(1)} s wall, one thread; target >= 500)`;
}
