import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as analyze from "../app/analyze.js";
import { AnalyzePool } from "../app/analyze-pool.js";
import { Archive } from "../app/archive.js";
import { Fetcher } from "../ingest/feeds/fetch.js";
import { openSqliteStore } from "../storage/sqlite/store.js";
import { archiveIngestor } from "./archive-ingestor.js";
import { authed, testApp } from "./testing/harness.js";

// The main thread's analyzeArticle, watched: with a pool it must never run (the worker thread has
// its own copy of the module, which this mock does not reach).
vi.mock("../app/analyze.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../app/analyze.js")>();
  return { ...real, analyzeArticle: vi.fn(real.analyzeArticle) };
});

const para =
  "Banjir merendam ratusan rumah warga di Kecamatan Dayeuhkolot, Kabupaten Bandung, Jawa Barat, setelah hujan deras sejak Senin malam, kata Kepala BPBD Kabupaten Bandung Uka Suska kepada wartawan.";

// Issue 13: a POST into a server analyses on a worker thread, so reads are answered meanwhile and
// a document that overruns the budget is refused by name instead of holding the server.
describe("archiveIngestor over an archive that analyses in an AnalyzePool", () => {
  let pool: AnalyzePool;
  let tight: AnalyzePool;
  const fetcher = new Fetcher({ timeoutMs: 1000 });
  beforeAll(() => {
    pool = new AnalyzePool(1);
    tight = new AnalyzePool(1, "full", {}, { budgetMs: 1 });
  });
  afterAll(async () => {
    await Promise.all([pool.close(), tight.close(), fetcher.close()]);
  });

  const serverOver = async (analyzer: AnalyzePool) => {
    const store = await openSqliteStore(":memory:");
    const archive = await Archive.open(store, { analyze: (raw) => analyzer.analyze(raw) });
    // testApp's own store is its fixture; the archive's is the one to look into.
    return { store, call: testApp({ ingestor: archiveIngestor(archive, fetcher), store }).call };
  };

  it("stores the analysed article, and reads sent meanwhile are answered before it", {
    timeout: 60_000,
  }, async () => {
    const { call, store } = await serverOver(pool);
    vi.mocked(analyze.analyzeArticle).mockClear();
    // Long enough that its analysis takes a good many event-loop turns on the worker.
    const text = Array.from({ length: 120 }, (_, i) => `${para} Warga ke-${i} mengungsi.`).join("\n\n");
    let posted = false;
    const post = call("/api/articles", authed({ text, title: "Banjir Dayeuhkolot" })).finally(() => {
      posted = true;
    });
    const readsBeforePost: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { status } = await call("/api/stories");
      if (!posted) readsBeforePost.push(status);
    }
    const { status, body } = await post;
    expect(status).toBe(201);
    expect(readsBeforePost).toEqual([200, 200, 200, 200, 200]);
    const doc = await store.getDoc(body.id);
    expect(doc?.layers.mentions?.length).toBeGreaterThan(0);
    expect(analyze.analyzeArticle).not.toHaveBeenCalled();
  });

  it("refuses a document that overruns the time budget with E_INPUT_TIMEOUT, storing nothing", {
    timeout: 60_000,
  }, async () => {
    const { call, store } = await serverOver(tight);
    // Long enough that no machine analyses it inside the 1 ms budget (a short text might be).
    const text = Array.from({ length: 200 }, (_, i) => `${para} Warga ke-${i} mengungsi.`).join("\n\n");
    const { status, body } = await call("/api/articles", authed({ text }));
    expect([status, body.error.code]).toEqual([422, "E_INPUT_TIMEOUT"]);
    expect(await store.countArticles()).toBe(0);
  });
});
