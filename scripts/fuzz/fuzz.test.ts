import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeArticle } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { defaultPipeline } from "../../src/app/pipeline.js";
import { readInputs } from "../../src/ingest/read-inputs.js";
import { CASES, type FuzzCase, generateCorpus, SMALL_MAX_BYTES } from "../../tools/fuzz/cases.js";

// Issue 13, at small sizes: every hostile input is refused (or warned about) by name, the good
// article beside it is analysed, and nothing hangs. bench/fuzz/run.ts runs the full sizes through
// the real command line.
const root = mkdtempSync(join(tmpdir(), "kabar-fuzz-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const made = new Set(generateCorpus(root, "small").map((c) => c.name));
const ctx = makeContext();
const pipeline = defaultPipeline();

/** What the command line would report: exit code, lines on stderr, articles analysed. */
async function run(c: FuzzCase): Promise<{ exit: number; lines: string[]; articles: number; ms: number }> {
  const dir = join(root, c.name);
  const lines: string[] = [];
  let articles = 0;
  const started = performance.now();
  for await (const r of readInputs(
    c.inputs.map((f) => join(dir, f)),
    { maxBytes: SMALL_MAX_BYTES },
  )) {
    if (!r.ok) {
      lines.push(`${r.error.code}: ${r.error.message}`);
      continue;
    }
    if (r.notice) lines.push(`warning: ${r.notice}`);
    try {
      analyzeArticle(r.article, ctx, pipeline);
      articles += 1;
    } catch (err) {
      lines.push(`failed ${r.article.source}: ${(err as Error).message}`);
    }
  }
  const failed = lines.some((l) => !l.startsWith("warning"));
  return { exit: failed ? 1 : 0, lines, articles, ms: performance.now() - started };
}

describe("fuzz corpus (small sizes)", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", { timeout: 60_000 }, async (_name, c) => {
    if (!made.has(c.name)) {
      console.info(`fuzz: ${c.name} skipped: cannot be made here (running as root)`);
      return;
    }
    const out = await run(c);
    const named = out.lines.some((l) => l.includes(join(root, c.name, c.named)));
    if (c.mayRead && out.exit === 0) {
      expect(out.articles).toBe(c.articles + 1);
    } else {
      expect({ exit: out.exit, articles: out.articles }).toEqual({ exit: c.exit, articles: c.articles });
      if (c.exit === 1 || c.name.startsWith("text-")) expect(named, out.lines.join("\n")).toBe(true);
    }
    // One line per problem, never a stack trace.
    for (const line of out.lines) expect(line).not.toMatch(/\n\s+at /);
    expect(out.ms).toBeLessThan(30_000);
  });
});
