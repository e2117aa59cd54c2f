/**
 * @module
 * `npx tsx bench/speed/store.ts [--n 1000] [--queries 200] [--db file]`: the archive's speed on
 * this machine. Ingest runs the full per-article pipeline, the SQLite commit (one transaction per
 * article, WAL) and the online clusterer over seed-like synthetic articles (bench/speed/ingest.ts);
 * it reports articles per second in wall time and in CPU time (the machine is shared, so CPU time
 * is the steadier figure), and how the time splits between pipeline and store+cluster. Search
 * then runs `--queries` one- and two-word queries drawn from the corpus and reports p50/p95.
 * Last line: `store: ingest N articles/s (full pipeline, wall), X/s CPU; search p50 A ms, p95 B ms`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyzeArticle } from "../../src/app/analyze.js";
import { AnalyzePool, defaultWorkerCount } from "../../src/app/analyze-pool.js";
import { Archive } from "../../src/app/archive.js";
import { makeContext } from "../../src/app/context.js";
import { ingestStream } from "../../src/app/ingest-stream.js";
import { defaultPipeline } from "../../src/app/pipeline.js";
import type { RawArticle } from "../../src/core/doc/document.js";
import { decodeText } from "../../src/ingest/decode.js";
import type { IngestResult } from "../../src/ingest/read-inputs.js";
import { toArticles } from "../../src/ingest/read-inputs.js";
import { openSqliteStore } from "../../src/storage/sqlite/store.js";
import { isMain } from "../harness.js";
import { rng } from "./cluster-synth.js";
import { syntheticArticles } from "./ingest.js";

export interface StoreSpeed {
  readonly articles: number;
  readonly wallPerSecond: number;
  readonly cpuPerSecond: number;
  /** Share of CPU time spent in the analysis pipeline (the rest: store + clustering). */
  readonly pipelineShare: number;
  readonly searchP50: number;
  readonly searchP95: number;
  readonly queries: number;
  /** Worker threads that analysed (0: analysis ran in the main thread, and pipelineShare is measured). */
  readonly workers: number;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export async function measureStore(n: number, queries: number, dbPath?: string): Promise<StoreSpeed> {
  const dir = mkdtempSync(join(tmpdir(), "kabar-store-bench-"));
  const path = dbPath ?? join(dir, "bench.db");
  const raws: RawArticle[] = syntheticArticles(n, 11).flatMap((bytes, i) => {
    const source = `synthetic/${i}.txt`;
    return toArticles(source, decodeText(bytes, source), "text");
  });
  const ctx = makeContext();
  const pipeline = defaultPipeline();
  // Warm-up outside the timed loop (JIT, lazily loaded models and gazetteers).
  for (const raw of raws.slice(0, 20)) analyzeArticle(raw, ctx, pipeline);
  const store = await openSqliteStore(path);
  try {
    const archive = await Archive.open(store, { ctx, pipeline });
    let pipelineCpu = 0;
    const workers = defaultWorkerCount();
    // The pool starts (and loads its models) before the clock, as the warm-up above does here.
    const pool = workers > 0 ? new AnalyzePool(workers) : null;
    if (pool) await pool.analyze(raws[0]!);
    const wall0 = performance.now();
    const cpu0 = cpuMs();
    if (pool) {
      // As `kabar ingest` does: analysis in worker threads, storing and clustering here, in order.
      async function* results(): AsyncGenerator<IngestResult> {
        for (const article of raws) yield { ok: true, article };
      }
      try {
        await ingestStream(
          archive,
          results(),
          { onOutcome: () => {}, onError: (_, err) => console.error(err) },
          pool,
        );
      } finally {
        await pool.close();
      }
    } else {
      for (const raw of raws) {
        const c = cpuMs();
        const doc = analyzeArticle(raw, ctx, pipeline);
        pipelineCpu += cpuMs() - c;
        await archive.ingestDoc(doc);
      }
    }
    const wall = (performance.now() - wall0) / 1000;
    const cpu = (cpuMs() - cpu0) / 1000;
    const words = raws
      .flatMap((r) => r.raw.split(/[^\p{L}]+/u))
      .filter((w) => w.length >= 5)
      .slice(0, 50_000);
    const next = rng(3);
    const latencies: number[] = [];
    for (let i = 0; i < queries; i++) {
      const q = Array.from({ length: 1 + (i % 2) }, () => words[Math.floor(next() * words.length)]).join(" ");
      const t = performance.now();
      await store.search(q, { limit: 10 });
      latencies.push(performance.now() - t);
    }
    latencies.sort((a, b) => a - b);
    return {
      articles: raws.length,
      wallPerSecond: raws.length / wall,
      cpuPerSecond: raws.length / cpu,
      pipelineShare: pipelineCpu / 1000 / cpu,
      workers,
      searchP50: quantile(latencies, 0.5),
      searchP95: quantile(latencies, 0.95),
      queries,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function report(r: StoreSpeed): string {
  return `store: ingest ${r.wallPerSecond.toFixed(0)} articles/s (full pipeline, wall, ${r.workers} analysis worker(s)), ${r.cpuPerSecond.toFixed(0)}/s main-thread CPU; search p50 ${r.searchP50.toFixed(1)} ms, p95 ${r.searchP95.toFixed(1)} ms`;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const r = await measureStore(Number(flag("--n") ?? 1000), Number(flag("--queries") ?? 200), flag("--db"));
  console.log(
    `${r.articles} articles; pipeline ${(100 * r.pipelineShare).toFixed(0)}% of CPU, store + clustering the rest; ${r.queries} queries`,
  );
  console.log(report(r));
}
