/**
 * The stage contract, enforced on the real pipelines: every stage runs on a document view that
 * throws when it reads a layer it did not declare (`core/pipeline/checked.ts`), over the example
 * corpus, the seed articles when ../shared is there, and short Indonesian and English texts, and
 * the checked run must give the same annotations as the plain one.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { docFromRaw } from "../core/doc/document.js";
import { runChecked } from "../core/pipeline/checked.js";
import { type Pipeline, runPipeline } from "../core/pipeline/stage.js";
import { makeContext } from "./context.js";
import { cleanPipeline, defaultPipeline } from "./pipeline.js";

const root = join(import.meta.dirname, "..", "..");
const folder = (dir: string): [string, string][] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => [f, readFileSync(join(dir, f), "utf8")])
    : [];

const texts: [string, string][] = [
  ...folder(join(root, "examples", "kim-putin-2023")),
  ...folder(join(root, "..", "shared", "seeds")).slice(0, 3),
  [
    "id",
    'JAKARTA, KOMPAS.com - Presiden Joko Widodo bertemu Perdana Menteri Anwar Ibrahim di Bogor pada Senin (8/1/2024).\n\n"Kami sepakat memperkuat kerja sama," kata Jokowi kepada wartawan.',
  ],
  [
    "en",
    'WASHINGTON (Reuters) - The Senate passed the bill on Tuesday, March 5, 2024.\n\n"This is a historic day," Senator Jane Smith told reporters, adding that 60 senators voted for it.',
  ],
  ["empty", ""],
];

const ctx = makeContext();
const run = (pipeline: Pipeline, raw: string, checked: boolean) =>
  runPipeline(
    pipeline,
    docFromRaw({ source: "t.txt", raw, format: "text", hints: {} }, "t"),
    ctx,
    checked ? runChecked : undefined,
  );

describe("stage declarations", () => {
  it.each(texts)("every stage reads only what it declares: %s", (_name, raw) => {
    for (const pipeline of [defaultPipeline(), cleanPipeline()]) {
      const checked = run(pipeline, raw, true);
      const plain = run(pipeline, raw, false);
      expect(checked.layers).toEqual(plain.layers);
      expect(checked.meta).toEqual(plain.meta);
      expect(checked.stages).toEqual(Object.fromEntries(pipeline.stages.map((s) => [s.name, s.version])));
    }
  });
});
