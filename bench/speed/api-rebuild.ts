/**
 * @module
 * `npx tsx bench/speed/api-rebuild.ts [articles=2000] [seconds=20]`: issue 13's acceptance for
 * dossier rebuilds. A story of 2,000 articles is put in a temporary archive (distinct copies of
 * real articles from bench/corpora/facts, analysed once by the full pipeline), `kabar serve` is
 * started on it as its own process, one article is POSTed into the story, and while its dossier
 * rebuilds, reads (`GET /api/stories` and the story's dossier) are timed. Figures: the POST's
 * latency (target ≤ 1 s) and the reads' p95 (target ≤ 100 ms). Measured and reported; the last
 * stdout line is the summary.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeArticle, buildDossier } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { defaultPipeline } from "../../src/app/pipeline.js";
import type { ArticleDoc } from "../../src/core/doc/document.js";
import { loadOrCreateToken, tokenPathFor } from "../../src/http/auth.js";
import { openSqliteStore } from "../../src/storage/sqlite/store.js";

const REPO = join(import.meta.dirname, "..", "..");
const FACTS = join(REPO, "bench", "corpora", "facts");
const STORY = "big";
const total = Number(process.argv[2] ?? 2000);
const seconds = Number(process.argv[3] ?? 20);

/** Real articles of one event (the flight's story), analysed once. */
function baseDocs(): ArticleDoc[] {
  const dir = join(FACTS, "en-ethiopian-302-2019");
  const ctx = makeContext();
  const pipeline = defaultPipeline();
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) =>
      analyzeArticle(
        { source: f, raw: readFileSync(join(dir, f), "utf8"), format: "text", hints: {} },
        ctx,
        pipeline,
      ),
    );
}

async function seed(dbPath: string): Promise<ArticleDoc[]> {
  const docs = baseDocs();
  const store = await openSqliteStore(dbPath);
  for (let i = 0; i < total; i++) {
    const base = docs[i % docs.length]!;
    // A distinct stored article per copy: its own id and URL, the same analysed text.
    const url = `https://copy${i}.example/ethiopian-302`;
    const copy: ArticleDoc = {
      ...base,
      id: `${base.id.slice(0, 8)}${i.toString(16).padStart(8, "0")}`,
      meta: { ...base.meta, url },
    };
    const put = await store.putArticle(copy);
    await store.assignStory(put.id, STORY);
  }
  // The last good dossier readers get while the new one builds.
  await store.putDossier(STORY, buildDossier(docs));
  await store.close();
  return docs;
}

function serve(dbPath: string): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(REPO, "src", "cli", "main.ts"), "serve", "--db", dbPath, "--port", "0"],
      { cwd: REPO, stdio: ["ignore", "ignore", "pipe"] },
    );
    let err = "";
    child.stderr.on("data", (d) => {
      err += d;
      const m = /at (http:\/\/[^\s/]+)\//.exec(err);
      if (m) resolve({ url: m[1]!, stop: () => child.kill("SIGTERM") });
    });
    child.on("exit", (code) => reject(new Error(`kabar serve exited (${code}): ${err}`)));
  });
}

const p95 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? Number.NaN;

async function timed(url: string, init?: RequestInit): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  const res = await fetch(url, init);
  await res.arrayBuffer();
  return { ms: performance.now() - t, status: res.status };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kabar-rebuild-bench-"));
  const dbPath = join(dir, "kabar.db");
  try {
    const docs = await seed(dbPath);
    const server = await serve(dbPath);
    const { token } = loadOrCreateToken(tokenPathFor(dbPath));
    try {
      const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
      const readFor = async (ms: number): Promise<number[]> => {
        const reads: number[] = [];
        const until = performance.now() + ms;
        while (performance.now() < until) {
          const [a, b] = await Promise.all([
            timed(`${server.url}/api/stories`),
            timed(`${server.url}/api/stories/${STORY}/dossier`),
          ]);
          reads.push(a.ms, b.ms);
          await new Promise((r) => setTimeout(r, 50));
        }
        return reads;
      };
      // The server's first analysis loads the models: a short unrelated article takes that cost,
      // so the measured POST is what a running server answers in.
      const warm = await timed(`${server.url}/api/articles`, {
        method: "POST",
        headers,
        body: JSON.stringify({
          text: "Persib Bandung mengalahkan Persija Jakarta 2-1 di Stadion Gelora Bandung Lautan Api, Sabtu malam.",
        }),
      });
      const idle = await readFor(5000);
      const post = await timed(`${server.url}/api/articles`, {
        method: "POST",
        headers,
        body: JSON.stringify({
          text: `${docs[0]!.raw}\n\nInvestigators said on Monday the flight recorders had been sent to Paris.`,
          url: "https://new.example/ethiopian-302",
        }),
      });
      const reads = await readFor(seconds * 1000);
      process.stdout.write(
        `api-rebuild: ${total}-article story: POST /api/articles ${post.ms.toFixed(0)} ms (HTTP ${post.status}; first POST, loading models, ${warm.ms.toFixed(0)} ms); reads p95 ${p95(idle).toFixed(1)} ms before it, ${p95(reads).toFixed(1)} ms during the rebuild (${reads.length} reads, max ${Math.max(...reads).toFixed(0)} ms)\n`,
      );
    } finally {
      server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
