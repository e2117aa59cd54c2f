/**
 * @module
 * `npx tsx bench/speed/pg.ts [--n 5000] [--search-n 100000] [--queries 200] [--faults 200]
 * [--only ingest,search,faults]`: the PostgreSQL backend against SQLite on this machine, on a
 * throwaway PostgreSQL cluster this script starts (initdb in a temp dir on a free loopback port,
 * as the postgres user when run as root) and removes. Needs Debian's `postgresql`; without it the
 * script says so in one line and exits.
 *
 * - ingest: the same N seed-like synthetic articles (bench/speed/ingest.ts) through the full
 *   pipeline: `kabar ingest --workers 1` on SQLite, then `kabar worker` processes (1, then 2)
 *   draining a queue filled by `kabar ingest --enqueue` on PostgreSQL. Wall time from start to the
 *   last process's exit, process start-up included; and, since wall time on a shared machine
 *   measures the neighbours too, articles per CPU-second of the kabar processes (all their
 *   threads; the PostgreSQL server's own CPU is not counted).
 * - search: `--search-n` synthetic articles (searchCorpus) bulk-loaded through the store's own
 *   insert code (no analysis: the index, not the pipeline, is measured), then `--queries` one- and
 *   two-word queries drawn from the corpus, p50/p95 on each backend.
 * - faults (item 6 of issue 18), each on `--faults` articles, each counted as lost and duplicated:
 *   a worker SIGKILLed mid-run and a second worker finishing after the lease; PostgreSQL stopped
 *   under `kabar ingest` and the command run again once it is back; two `kabar ingest` at once.
 * Last line: `pg: ingest sqlite A/s (a per CPU-s), pg 1 worker B/s (b …), 2 workers C/s (c …); search
 * p50/p95 sqlite D/E ms, pg F/G ms; faults lost L, duplicated D`.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { ArticleDoc } from "../../src/core/doc/document.js";
import { postgresTextIndex } from "../../src/storage/postgres/search.js";
import { openPostgresStore } from "../../src/storage/postgres/store.js";
import { putArticle } from "../../src/storage/sql/articles.js";
import type { Database } from "../../src/storage/sql/schema.js";
import { sqliteTextIndex } from "../../src/storage/sqlite/search.js";
import { openSqliteStore } from "../../src/storage/sqlite/store.js";
import type { Store } from "../../src/storage/store.js";
import { testDoc } from "../../src/storage/testing.js";
import type { TextIndex } from "../../src/storage/text-index.js";
import { writeArticles } from "../../test/faults/kill-harness.js";
import { isMain } from "../harness.js";
import { rng, syntheticStream } from "./cluster-synth.js";
import { syntheticArticles } from "./ingest.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

// ---------------------------------------------------------------- the throwaway cluster

interface Cluster {
  readonly url: (db: string) => string;
  start(): void;
  stop(): void;
  remove(): void;
}

function pgBin(): string | null {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  const bin = versions.map((v) => join(base, v, "bin")).find((b) => existsSync(join(b, "initdb")));
  return bin ?? null;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function startCluster(bin: string): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), "kabar-pg-bench-"));
  chmodSync(dir, 0o777);
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: run the server tools as the postgres user then.
  const run = (cmd: string, args: string[]): void => {
    const quoted = [join(bin, cmd), ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    if (asRoot) execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", quoted], { stdio: "ignore" });
    else execFileSync("/bin/sh", ["-c", quoted], { stdio: "ignore" });
  };
  const data = join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const opts = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`;
  const cluster: Cluster = {
    url: (db) => `postgres://postgres@127.0.0.1:${port}/${db}`,
    start: () => run("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-o", opts, "-w", "start"]),
    stop: () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    remove: () => {
      try {
        cluster.stop();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}

async function createDb(cluster: Cluster, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: cluster.url("postgres") });
  await client.connect();
  await client.query(`drop database if exists ${name}`);
  await client.query(`create database ${name}`);
  await client.end();
  return cluster.url(name);
}

async function pgCounts(url: string): Promise<{ articles: number; duplicates: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const r = await client.query<{ n: string; c: string; u: string }>(
    "select count(*) n, count(distinct content_id) c, count(distinct url) + count(*) filter (where url is null) u from articles",
  );
  await client.end();
  const row = r.rows[0]!;
  const n = Number(row.n);
  return { articles: n, duplicates: n - Math.min(Number(row.c), Number(row.u)) };
}

// ---------------------------------------------------------------- the CLI as child processes

interface Child {
  readonly process: ChildProcess;
  readonly lines: string[];
  readonly stderr: string[];
  readonly done: Promise<number | null>;
  /** CPU seconds the process had used (user + system, all threads) at its last sample. */
  cpu(): number;
}

/** CPU seconds of a live process from /proc (utime + stime, in clock ticks of 1/100 s); null once gone. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th fields.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function kabar(args: readonly string[], onLine?: (line: string, child: ChildProcess) => void): Child {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/cli/main.ts"), ...args], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stdout! }).on("line", (l) => {
    lines.push(l);
    onLine?.(l, child);
  });
  createInterface({ input: child.stderr! }).on("line", (l) => stderr.push(l));
  // Sampled until the process ends: its /proc entry goes with it. The last 200 ms are not seen.
  let cpu = 0;
  const sampler = setInterval(() => {
    cpu = (child.pid && cpuSeconds(child.pid)) || cpu;
  }, 200);
  const done = new Promise<number | null>((resolve) =>
    child.on("close", (code) => {
      clearInterval(sampler);
      resolve(code);
    }),
  );
  return { process: child, lines, stderr, done, cpu: () => cpu };
}

interface Rate {
  /** Articles per wall-clock second. */
  readonly wall: number;
  /** Articles per CPU-second of the kabar processes. */
  readonly cpu: number;
}

const showRate = (r: Rate): string => `${r.wall.toFixed(1)}/s (${r.cpu.toFixed(1)} per CPU-s)`;

// ---------------------------------------------------------------- ingest throughput

function writeSeedLike(dir: string, n: number): string {
  mkdirSync(dir, { recursive: true });
  syntheticArticles(n, 11).forEach((bytes, i) => {
    writeFileSync(join(dir, `${String(i).padStart(6, "0")}.txt`), bytes);
  });
  return dir;
}

async function ingestSqlite(dir: string, n: number, work: string): Promise<Rate> {
  const t = performance.now();
  const c = kabar(["ingest", dir, "--db", join(work, "ingest.db"), "--workers", "1", "--no-dossiers"]);
  await c.done;
  const s = (performance.now() - t) / 1000;
  const stored = c.lines.filter((l) => l.startsWith("inserted")).length;
  if (stored !== n) throw new Error(`sqlite ingest stored ${stored}/${n}: ${c.stderr.slice(-3).join(" | ")}`);
  return { wall: n / s, cpu: n / c.cpu() };
}

async function ingestPostgres(cluster: Cluster, dir: string, n: number, workers: number): Promise<Rate> {
  const url = await createDb(cluster, `ingest_${workers}`);
  const q = kabar(["ingest", "--enqueue", dir, "--db", url]);
  await q.done;
  const queued = q.lines.filter((l) => l.startsWith("queued")).length;
  if (queued !== n)
    throw new Error(`ingest --enqueue queued ${queued}/${n}: ${q.stderr.slice(-3).join(" | ")}`);
  const t = performance.now();
  const ws = Array.from({ length: workers }, () =>
    kabar(["worker", "--db", url, "--exit-when-idle", "--poll", "200", "--no-dossiers"]),
  );
  await Promise.all(ws.map((w) => w.done));
  const s = (performance.now() - t) / 1000;
  const { articles, duplicates } = await pgCounts(url);
  if (articles !== n || duplicates !== 0)
    throw new Error(`pg ingest with ${workers} workers: ${articles}/${n} articles, ${duplicates} duplicates`);
  return { wall: n / s, cpu: n / ws.reduce((sum, w) => sum + w.cpu(), 0) };
}

// ---------------------------------------------------------------- search latency

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/**
 * The search corpus: the clustering bench's synthetic stream (many stories over a Zipf-like
 * vocabulary of 30,000 words, Indonesian and English), so a query word is as selective as in a
 * real archive. The seed-like texts of the ingest run are unfit here: they reshuffle the paragraphs
 * of one bundled story, so every query word occurs in most of 100,000 articles.
 */
function searchCorpus(n: number): { docs: ArticleDoc[]; words: string[] } {
  const { inputs } = syntheticStream(n, 5);
  const docs = inputs.map((a, i) =>
    testDoc({ text: a.text, title: a.title ?? "", language: a.language ?? "id", url: `https://bench/${i}` }),
  );
  const words = inputs
    .slice(0, 2000)
    .flatMap((a) => a.text.split(/[^\p{L}]+/u))
    .filter((w) => w.length >= 5);
  return { docs, words };
}

/** Loads the corpus, 1,000 articles per transaction, through the store's own insert code. */
async function bulkLoad(db: Kysely<Database>, docs: readonly ArticleDoc[], index: TextIndex): Promise<void> {
  const at = "2024-01-01T00:00:00.000Z";
  for (let start = 0; start < docs.length; start += 1000) {
    await db.transaction().execute(async (trx) => {
      for (const doc of docs.slice(start, start + 1000)) await putArticle(trx, doc, at, index);
    });
  }
}

async function latencies(store: Store, words: readonly string[], queries: number): Promise<[number, number]> {
  const next = rng(3);
  const ms: number[] = [];
  for (let i = 0; i < queries; i++) {
    const q = Array.from({ length: 1 + (i % 2) }, () => words[Math.floor(next() * words.length)]).join(" ");
    const t = performance.now();
    await store.search(q, { limit: 10 });
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return [quantile(ms, 0.5), quantile(ms, 0.95)];
}

async function searchSqlite(
  corpus: { docs: ArticleDoc[]; words: string[] },
  queries: number,
  work: string,
): Promise<[number, number]> {
  const path = join(work, "search.db");
  await (await openSqliteStore(path)).close();
  const raw = new BetterSqlite3(path);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  await bulkLoad(db, corpus.docs, sqliteTextIndex);
  await db.destroy();
  const { words } = corpus;
  const store = await openSqliteStore(path);
  try {
    await latencies(store, words, 20); // warm the page cache, as a running server's would be
    return await latencies(store, words, queries);
  } finally {
    await store.close();
  }
}

async function searchPostgres(
  cluster: Cluster,
  corpus: { docs: ArticleDoc[]; words: string[] },
  queries: number,
): Promise<[number, number]> {
  const store = await openPostgresStore(await createDb(cluster, "search"));
  try {
    await bulkLoad(store.kysely, corpus.docs, postgresTextIndex);
    const { words } = corpus;
    // Fresh statistics, as autovacuum would have gathered on a server that grew the table slowly.
    await sql`analyze`.execute(store.kysely);
    await latencies(store, words, 20);
    return await latencies(store, words, queries);
  } finally {
    await store.close();
  }
}

// ---------------------------------------------------------------- faults

interface FaultCount {
  readonly name: string;
  readonly lost: number;
  readonly duplicated: number;
  readonly note: string;
}

async function killWorker(cluster: Cluster, dir: string, n: number): Promise<FaultCount> {
  const url = await createDb(cluster, "fault_kill");
  await kabar(["ingest", "--enqueue", dir, "--db", url]).done;
  const lease = "3000";
  // SIGKILL the first worker once it has committed a quarter of the articles: its claimed job
  // stays `running` until the lease runs out.
  const first = kabar(
    ["worker", "--db", url, "--lease", lease, "--poll", "200", "--no-dossiers"],
    (_l, child) => {
      if (first.lines.length >= Math.ceil(n / 4)) child.kill("SIGKILL");
    },
  );
  await first.done;
  const reported = first.lines.length;
  const second = kabar(["worker", "--db", url, "--lease", lease, "--exit-when-idle", "--poll", "200"]);
  await second.done;
  const { articles, duplicates } = await pgCounts(url);
  return {
    name: "worker SIGKILLed mid-run",
    lost: n - articles,
    duplicated: duplicates,
    note: `killed after ${reported} committed; the survivor finished ${second.lines.length}`,
  };
}

async function stopServer(cluster: Cluster, dir: string, n: number): Promise<FaultCount> {
  const url = await createDb(cluster, "fault_stop");
  let stopped = false;
  const first = kabar(["ingest", dir, "--db", url, "--workers", "0", "--no-dossiers"], () => {
    if (!stopped && first.lines.length >= Math.ceil(n / 3)) {
      stopped = true;
      cluster.stop();
    }
  });
  const code = await first.done;
  const said = first.stderr.find((l) => l.includes("unavailable")) ?? first.stderr.at(-1) ?? "";
  cluster.start();
  const again = kabar(["ingest", dir, "--db", url, "--workers", "0", "--no-dossiers"]);
  await again.done;
  const { articles, duplicates } = await pgCounts(url);
  const resumed = again.lines.filter((l) => l.startsWith("inserted")).length;
  return {
    name: "PostgreSQL stopped mid-ingest",
    lost: n - articles,
    duplicated: duplicates,
    note: `exit ${code} after ${first.lines.length} committed, saying "${said.slice(0, 160)}"; the rerun inserted ${resumed}`,
  };
}

async function twoIngests(cluster: Cluster, dir: string, n: number): Promise<FaultCount> {
  const url = await createDb(cluster, "fault_two");
  // Created first so the two runs do not race to migrate an empty database (Kysely's migrator
  // locks, but the point here is the articles).
  await (await openPostgresStore(url)).close();
  const args = ["ingest", dir, "--db", url, "--workers", "1", "--no-dossiers"];
  const [a, b] = [kabar(args), kabar(args)];
  await Promise.all([a.done, b.done]);
  const { articles, duplicates } = await pgCounts(url);
  return {
    name: "two ingests at once",
    lost: n - articles,
    duplicated: duplicates,
    note: `inserted ${a.lines.filter((l) => l.startsWith("inserted")).length} + ${b.lines.filter((l) => l.startsWith("inserted")).length}`,
  };
}

// ---------------------------------------------------------------- main

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name: string, dflt: string): string => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? dflt) : dflt;
  };
  const only = new Set(flag("--only", "ingest,search,faults").split(","));
  const bin = pgBin();
  if (!bin) {
    console.log("pg: skipped: no PostgreSQL server binaries (apt-get install postgresql)");
    process.exit(0);
  }
  const work = mkdtempSync(join(tmpdir(), "kabar-pg-bench-work-"));
  const cluster = await startCluster(bin);
  const parts: string[] = [];
  try {
    if (only.has("ingest")) {
      const n = Number(flag("--n", "5000"));
      const dir = writeSeedLike(join(work, "seed-like"), n);
      const sqlite = await ingestSqlite(dir, n, work);
      console.log(`ingest ${n}: sqlite (kabar ingest, 1 analysis thread) ${showRate(sqlite)}`);
      const rates: Rate[] = [];
      for (const w of [1, 2]) {
        rates.push(await ingestPostgres(cluster, dir, n, w));
        console.log(`ingest ${n}: postgres, ${w} kabar worker(s) ${showRate(rates.at(-1)!)}`);
      }
      parts.push(
        `ingest sqlite ${showRate(sqlite)}, pg 1 worker ${showRate(rates[0]!)}, 2 workers ${showRate(rates[1]!)}`,
      );
    }
    if (only.has("search")) {
      const n = Number(flag("--search-n", "100000"));
      const queries = Number(flag("--queries", "200"));
      const corpus = searchCorpus(n);
      const [s50, s95] = await searchSqlite(corpus, queries, work);
      console.log(`search on ${n}: sqlite p50 ${s50.toFixed(1)} ms, p95 ${s95.toFixed(1)} ms`);
      const [p50, p95] = await searchPostgres(cluster, corpus, queries);
      console.log(`search on ${n}: postgres p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
      parts.push(
        `search p50/p95 sqlite ${s50.toFixed(1)}/${s95.toFixed(1)} ms, pg ${p50.toFixed(1)}/${p95.toFixed(1)} ms`,
      );
    }
    if (only.has("faults")) {
      const n = Number(flag("--faults", "200"));
      const dir = writeArticles(join(work, "faults"), n);
      const results: FaultCount[] = [];
      for (const run of [killWorker, stopServer, twoIngests]) {
        const r = await run(cluster, dir, n);
        results.push(r);
        console.log(`fault: ${r.name}: lost ${r.lost}, duplicated ${r.duplicated} (${r.note})`);
      }
      const sum = (k: "lost" | "duplicated"): number => results.reduce((a, r) => a + r[k], 0);
      parts.push(`faults lost ${sum("lost")}, duplicated ${sum("duplicated")}`);
    }
  } finally {
    cluster.remove();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`pg: ${parts.join("; ")}`);
}
