import { describe, expect, it } from "vitest";
import type { RawArticle } from "../core/doc/document.js";
import { AnalyzePool } from "./analyze-pool.js";

const article = (source: string, raw: string): RawArticle => ({ source, raw, format: "text", hints: {} });
const GOOD = "JAKARTA - Banjir merendam ratusan rumah di Jakarta Utara pada Senin (5/2/2024), kata BPBD.";

/** The outcome of each promise, as `ok <source>` or `<code> <message>`, in input order. */
async function outcomes(pool: AnalyzePool, raws: RawArticle[]): Promise<string[]> {
  const settled = await Promise.allSettled(raws.map((raw) => pool.analyze(raw)));
  return settled.map((s) =>
    s.status === "fulfilled"
      ? `ok ${s.value.source}`
      : `${(s.reason as { code?: string }).code} ${(s.reason as Error).message}`,
  );
}

// Issue 13: a document that overruns its budget is abandoned with an error naming it, its worker
// is replaced, and the rest of the batch goes on.
describe("AnalyzePool time budget", () => {
  it("abandons each overrunning document by name and keeps going with fresh workers", {
    timeout: 60_000,
  }, async () => {
    // A one-line article can be cleaned in under 1 ms on a fast machine, so each document here is
    // 5,000 lines (about half a megabyte): cleaning it takes tens of milliseconds anywhere, every
    // document overruns, every one recycles its worker, and each must still settle with its name.
    const pool = new AnalyzePool(1, "clean", {}, { budgetMs: 1 });
    const slow = Array.from({ length: 5000 }, () => GOOD).join("\n");
    try {
      expect(
        await outcomes(pool, [article("a.txt", slow), article("b.txt", slow), article("c.txt", slow)]),
      ).toEqual([
        "E_INPUT_TIMEOUT analysis took over 1 ms and was abandoned: a.txt",
        "E_INPUT_TIMEOUT analysis took over 1 ms and was abandoned: b.txt",
        "E_INPUT_TIMEOUT analysis took over 1 ms and was abandoned: c.txt",
      ]);
    } finally {
      await pool.close();
    }
  });

  it("documents within the budget are analysed, each by a free worker", {
    timeout: 60_000,
  }, async () => {
    const pool = new AnalyzePool(2, "clean", {}, { budgetMs: 10_000 });
    try {
      expect(await outcomes(pool, [article("a.txt", GOOD), article("b.txt", `${GOOD}\n${GOOD}`)])).toEqual([
        "ok a.txt",
        "ok b.txt",
      ]);
    } finally {
      await pool.close();
    }
  });

  it("workers that cannot start fail each waiting document by name instead of hanging", {
    timeout: 60_000,
  }, async () => {
    // An 8 MiB heap cannot hold the models: the worker dies while starting. Respawning it would
    // loop for ever, so the pool fails the documents that wait, each named.
    const pool = new AnalyzePool(1, "full", {}, { heapMb: 8 });
    try {
      expect(await outcomes(pool, [article("a.txt", GOOD), article("b.txt", GOOD)])).toEqual([
        expect.stringMatching(/^E_ANALYSIS_FAILED analysis failed \(.+\): a\.txt$/),
        expect.stringMatching(/^E_ANALYSIS_FAILED analysis failed \(.+\): b\.txt$/),
      ]);
    } finally {
      await pool.close();
    }
  });
});
