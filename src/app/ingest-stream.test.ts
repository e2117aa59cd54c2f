import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { RawArticle } from "../core/doc/document.js";
import { DomainError } from "../core/errors.js";
import type { IngestResult } from "../ingest/read-inputs.js";
import { openSqliteStore } from "../storage/sqlite/store.js";
import { AnalyzePool } from "./analyze-pool.js";
import { Archive, type IngestOutcome } from "./archive.js";
import { ingestStream } from "./ingest-stream.js";

const dir = mkdtempSync(join(tmpdir(), "kabar-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (i: number, text: string): RawArticle => ({
  source: `a${i}.txt`,
  raw: text,
  format: "text",
  hints: {},
});
const INPUTS: IngestResult[] = [
  {
    ok: true,
    article: article(
      1,
      "JAKARTA - Banjir merendam ratusan rumah di Jakarta Utara pada Senin (5/2/2024), kata BPBD.",
    ),
  },
  { ok: false, source: "bad.txt", error: new DomainError("E_INPUT_EMPTY", { path: "bad.txt" }) },
  {
    ok: true,
    article: article(
      2,
      "JAKARTA - BPBD mencatat banjir di Jakarta Utara merendam ratusan rumah warga pada Senin (5/2/2024).",
    ),
  },
  {
    ok: true,
    article: article(
      3,
      "LONDON (Reuters) - Shares rose on Tuesday as investors bet on lower interest rates, traders said.",
    ),
  },
  {
    ok: true,
    article: article(
      1,
      "JAKARTA - Banjir merendam ratusan rumah di Jakarta Utara pada Senin (5/2/2024), kata BPBD.",
    ),
  },
];

async function* stream(): AsyncGenerator<IngestResult> {
  yield* INPUTS;
}

async function run(
  pool: AnalyzePool | null,
  name: string,
): Promise<{ outcomes: IngestOutcome[]; errors: string[] }> {
  const store = await openSqliteStore(join(dir, `${name}.db`));
  const outcomes: IngestOutcome[] = [];
  const errors: string[] = [];
  try {
    const archive = await Archive.open(store);
    await ingestStream(
      archive,
      stream(),
      { onOutcome: (o) => outcomes.push(o), onError: (s) => errors.push(s) },
      pool,
      2,
    );
  } finally {
    await store.close();
  }
  return { outcomes, errors };
}

describe("ingestStream", () => {
  it("gives the same outcomes, in input order, with analysis in a worker as in-process", {
    timeout: 60_000,
  }, async () => {
    const pool = new AnalyzePool(1);
    try {
      const inProcess = await run(null, "plain");
      const pooled = await run(pool, "pooled");
      expect(pooled.outcomes.map((o) => [o.source, o.status])).toEqual([
        ["a1.txt", "inserted"],
        ["a2.txt", "inserted"],
        ["a3.txt", "inserted"],
        ["a1.txt", "unchanged"],
      ]);
      expect(pooled.errors).toEqual(["bad.txt"]);
      const stories = (r: typeof pooled) =>
        r.outcomes.map((o) => r.outcomes.findIndex((p) => p.storyId === o.storyId));
      expect(stories(pooled)).toEqual(stories(inProcess));
      expect(pooled.outcomes.map((o) => o.id)).toEqual(inProcess.outcomes.map((o) => o.id));
    } finally {
      await pool.close();
    }
  });

  it("hands back a document whose offset map still works after crossing threads", {
    timeout: 60_000,
  }, async () => {
    const pool = new AnalyzePool(1);
    try {
      const raw = "Baca juga: Berita lain\nBanjir merendam Semarang pada Kamis, kata BPBD setempat.";
      const doc = await pool.analyze({ source: "x.txt", raw, format: "text", hints: {} });
      const at = doc.text.indexOf("Semarang");
      expect(raw.slice(doc.offsets.toRaw(at), doc.offsets.toRaw(at) + 8)).toBe("Semarang");
      expect(doc.removed.map((r) => r.reason)).toEqual(["related-link"]);
      expect(doc.layers.sentences?.length).toBe(1);
      // Tokens stay in the worker; the store rebuilds them on reading (codec.test.ts).
      expect(doc.layers.tokens).toBeUndefined();
    } finally {
      await pool.close();
    }
  });
});

describe("withTokens", () => {
  it("gives a document stored without tokens the tokens the segment stage makes", async () => {
    const { segmentedDoc } = await import("../stages/segment/testing.js");
    const { withTokens } = await import("./archive.js");
    const full = segmentedDoc("Banjir merendam Semarang pada Kamis.", "id");
    const { tokens, ...rest } = full.layers;
    const rebuilt = withTokens({ ...full, layers: rest });
    expect(rebuilt.layers.tokens).toEqual(tokens);
    expect(withTokens(full)).toBe(full);
  });
});
