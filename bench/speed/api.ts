/**
 * @module
 * `npx tsx bench/speed/api.ts [seconds]`: speed of the HTTP API and the web UI on a 50-article
 * story (the five example articles, ten distinct copies each, analysed by the real pipeline and
 * kept in a temporary SQLite store). Two figures, measured and reported, never asserted:
 * - API p95 of dossier reads at 10 concurrent clients: autocannon runs in a second process
 *   (this file with `--load <url>`) against the server in this one, for a bounded time.
 * - Story page render time in Chromium (when /usr/bin/chromium exists): from navigation to every
 *   section drawn (timeline chart, map shapes; the map's shapes load last, after the sections
 *   above it, coverage and the articles table included, are rendered), median of five loads.
 * The last stdout line is the summary.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { analyzeArticle, buildDossier } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { defaultPipeline } from "../../src/app/pipeline.js";
import type { ArticleDoc } from "../../src/core/doc/document.js";
import { createApp } from "../../src/http/app.js";
import { listen } from "../../src/http/server.js";
import { FakeIngestor, TOKEN } from "../../src/http/testing/harness.js";
import { openSqliteStore } from "../../src/storage/sqlite/store.js";
import { isMain } from "../harness.js";

const ROOT = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..");
const STORY = "bench-50";

/** The 50-article story, stored the way ingest stores it. */
async function setup() {
  const dir = join(ROOT, "examples", "kim-putin-2023");
  const files = readdirSync(dir)
    .filter((n) => n.endsWith(".txt"))
    .sort();
  const ctx = makeContext();
  const pipeline = defaultPipeline();
  const docs: ArticleDoc[] = [];
  for (let copy = 0; copy < 10; copy++)
    for (const name of files) {
      // A trailing line makes each copy a distinct article (content ids differ) of the same story.
      const raw = `${readFileSync(join(dir, name), "utf8")}\n\n(copy ${copy + 1})\n`;
      const source = `${name}#${copy + 1}`;
      docs.push(analyzeArticle({ source, raw, format: "text", hints: {} }, ctx, pipeline));
    }
  const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), "kabar-api-bench-")), "k.db"));
  for (const doc of docs) {
    const put = await store.putArticle(doc);
    await store.assignStory(put.id, STORY);
  }
  await store.putDossier(STORY, buildDossier(docs));
  const app = createApp({
    store,
    ingestor: new FakeIngestor(),
    token: TOKEN,
    // KABAR_WEB_DIST: another build of the UI, to compare render times (e.g. the last commit's).
    webRoot: process.env.KABAR_WEB_DIST ?? join(ROOT, "web-dist"),
  });
  const server = await listen(app);
  return { store, server, articles: docs.length };
}

/** Child process: autocannon with our own histogram, so p95 is exact rather than interpolated. */
async function load(url: string, seconds: number): Promise<void> {
  const require = createRequire(import.meta.url);
  const autocannon = require("autocannon") as typeof import("autocannon");
  const hdr = createRequire(require.resolve("autocannon"))("hdr-histogram-js") as {
    build(o: object): { getValueAtPercentile(p: number): number; totalCount: number };
  };
  const latencies = hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000,
    numberOfSignificantValueDigits: 3,
  });
  const result = await autocannon({
    url,
    connections: 10,
    duration: seconds,
    // As a browser asks: the API serves a cached gzip of the dossier to clients that accept it.
    headers: { "accept-encoding": "gzip" },
    histograms: { latencies },
  } as never);
  const out = {
    p50: latencies.getValueAtPercentile(50),
    p95: latencies.getValueAtPercentile(95),
    p99: latencies.getValueAtPercentile(99),
    rps: result.requests.average,
    requests: result.requests.total,
    non2xx: result.non2xx,
    bytes: result.throughput.average,
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

async function renderTimes(url: string): Promise<number[] | null> {
  const { hasChromium, launch } = await import("../../test/e2e/browser.js");
  if (!hasChromium) return null;
  const browser = await launch();
  const times: number[] = [];
  try {
    for (let i = 0; i < 6; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const t0 = performance.now();
      await page.goto(`${url}/#/story/${STORY}`);
      await page.locator("#sec-map svg .land path").first().waitFor({ timeout: 60_000 });
      await page.locator("#sec-entities").waitFor();
      const chart = page.locator("#sec-timeline .chart canvas");
      if ((await page.locator("#sec-timeline .chart").count()) > 0) await chart.waitFor();
      if (i > 0) times.push(performance.now() - t0); // the first load warms the server's caches
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return times.sort((a, b) => a - b);
}

async function main(argv: readonly string[]): Promise<void> {
  const seconds = Number(argv.find((a) => /^\d+$/.test(a)) ?? 10);
  const { store, server, articles } = await setup();
  try {
    const url = `${server.url}/api/stories/${STORY}/dossier`;
    const size = (await (await fetch(url)).text()).length;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", fileURLToPath(import.meta.url), "--load", url, String(seconds)],
      { timeout: (seconds + 60) * 1000 },
    );
    const api = JSON.parse(stdout.trim().split("\n").pop() ?? "{}");
    process.stdout.write(
      `api: GET dossier (${articles} articles, ${(size / 1024).toFixed(0)} KiB) x10 clients ${seconds}s: ` +
        `p50 ${api.p50} ms, p95 ${api.p95} ms, p99 ${api.p99} ms, ${Math.round(api.rps)} req/s, ${api.non2xx} non-2xx\n`,
    );
    const times = await renderTimes(server.url);
    const render = times
      ? `render ${articles}-article story median ${times[Math.floor(times.length / 2)]?.toFixed(0)} ms (min ${times[0]?.toFixed(0)}, max ${times.at(-1)?.toFixed(0)}, ${times.length} loads)`
      : "render: skipped (no /usr/bin/chromium)";
    process.stdout.write(`speed/api: dossier p95 ${api.p95} ms at 10 clients; ${render}\n`);
  } finally {
    await server.close();
    await store.close();
  }
}

if (isMain(import.meta.url)) {
  const at = process.argv.indexOf("--load");
  const run =
    at >= 0
      ? load(process.argv[at + 1] ?? "", Number(process.argv[at + 2] ?? 10))
      : main(process.argv.slice(2));
  run.catch((err: unknown) => {
    process.stderr.write(`bench/speed/api: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  });
}
