/**
 * @module
 * `npx tsx bench/speed/cli.ts [--n 10000] [--runs 15] [--db file]`: the command line's start-up
 * cost, as a user pays it. Times `kabar --version` and `kabar search` (the compiled CLI through
 * bin/kabar.js, a fresh process each run) against `node -e 0` on the same machine, over an archive
 * of N seed-like synthetic articles (bench/speed/ingest.ts) loaded with the clean profile (search
 * needs text, not analysis). "korea" is in every synthetic article (the worst case: rank all N);
 * "pertemuan kremlin" matches none (start-up alone). An existing `--db` is reused, so repeated
 * runs skip the load (about 4 minutes for 10,000). Needs `npm run build` first. Last line:
 * `cli: --version median A ms, search "korea" median B ms on N articles (node -e 0: C ms)`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Archive } from "../../src/app/archive.js";
import { makeContext } from "../../src/app/context.js";
import { cleanPipeline } from "../../src/app/pipeline.js";
import { decodeText } from "../../src/ingest/decode.js";
import { toArticles } from "../../src/ingest/read-inputs.js";
import { openSqliteStore } from "../../src/storage/sqlite/store.js";
import { isMain } from "../harness.js";
import { syntheticArticles } from "./ingest.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "kabar.js");

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

async function build(path: string, n: number): Promise<void> {
  const store = await openSqliteStore(path);
  try {
    const archive = await Archive.open(store, { ctx: makeContext(), pipeline: cleanPipeline() });
    for (const [i, bytes] of syntheticArticles(n, 17).entries()) {
      const source = `synthetic/${i}.txt`;
      for (const raw of toArticles(source, decodeText(bytes, source), "text")) await archive.ingest(raw);
    }
  } finally {
    await store.close();
  }
}

/** Median wall time of `runs` fresh processes, after one unmeasured warm-up (disk cache). */
function median(runs: number, file: string, args: string[]): number {
  execFileSync(file, args, { stdio: "ignore" });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    execFileSync(file, args, { stdio: "ignore" });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) {
    console.log("cli: skipped: no compiled CLI in dist/ (run `npm run build` first)");
    return;
  }
  const n = Number(arg("--n", "10000"));
  const runs = Number(arg("--runs", "15"));
  const db = arg("--db", join(mkdtempSync(join(tmpdir(), "kabar-cli-bench-")), "bench.db"));
  if (!existsSync(db)) {
    const t = performance.now();
    await build(db, n);
    console.log(`loaded ${n} articles into ${db} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const node = median(runs, process.execPath, ["-e", "0"]);
  const version = median(runs, process.execPath, [BIN, "--version"]);
  const search = median(runs, process.execPath, [BIN, "search", "korea", "--db", db]);
  const searchTwo = median(runs, process.execPath, [BIN, "search", "pertemuan kremlin", "--db", db]);
  console.log(`search "pertemuan kremlin": median ${searchTwo.toFixed(0)} ms`);
  console.log(
    `cli: --version median ${version.toFixed(0)} ms, search "korea" median ${search.toFixed(0)} ms on ${n} articles (node -e 0: ${node.toFixed(0)} ms)`,
  );
}

if (isMain(import.meta.url)) await main();
