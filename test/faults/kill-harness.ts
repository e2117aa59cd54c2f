/**
 * @module
 * Crash-safety harness shared by the fast fault test and the full kill-run script: writes a folder
 * of distinct articles, runs `kabar ingest` as a child process and kills it with SIGKILL after it
 * has reported a chosen number of committed articles, then checks the database: it opens, passes
 * SQLite's integrity check, holds every reported article, and has no duplicates.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { syntheticStream } from "../../bench/speed/cluster-synth.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Writes `n` distinct articles (title line + body) as .txt files; returns the folder. */
export function writeArticles(dir: string, n: number, seed = 5): string {
  mkdirSync(dir, { recursive: true });
  const { inputs } = syntheticStream(n, seed);
  inputs.forEach((a, i) => {
    writeFileSync(join(dir, `${String(i).padStart(6, "0")}.txt`), `${a.title}\n\n${a.text}\n`);
  });
  return dir;
}

export interface RunResult {
  /** Article ids the child printed as committed. */
  readonly reported: string[];
  /** True when the child was killed (false: it finished first). */
  readonly killed: boolean;
  readonly exitCode: number | null;
  readonly stderr: string;
}

/**
 * Runs `kabar ingest <dir>` and SIGKILLs it once `killAfter` committed lines were read
 * (never, when null). Lines are read after the child wrote them, so everything reported was
 * committed before it was printed.
 */
export function ingestAndKill(
  db: string,
  dir: string,
  killAfter: number | null,
  extra: readonly string[] = ["--profile", "clean", "--no-dossiers"],
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(root, "src/cli/main.ts"), "ingest", dir, "--db", db, ...extra],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    const reported: string[] = [];
    let killed = false;
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    createInterface({ input: child.stdout }).on("line", (line) => {
      const [status, id] = line.split("\t");
      if (status && id && /^(inserted|updated|unchanged)$/.test(status)) reported.push(id);
      if (killAfter !== null && !killed && reported.length >= killAfter) {
        killed = true;
        child.kill("SIGKILL");
      }
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ reported, killed, exitCode: code, stderr }));
  });
}

export interface Check {
  readonly integrity: string;
  readonly articles: number;
  readonly missing: string[];
  readonly duplicateContent: number;
  readonly duplicateUrls: number;
}

/** Opens the database after a crash and checks it against what was reported. */
export function checkDb(db: string, reported: readonly string[]): Check {
  const sqlite = new BetterSqlite3(db, { timeout: 15_000 });
  try {
    const integrity = String(sqlite.pragma("integrity_check", { simple: true }));
    const articles = Number((sqlite.prepare("select count(*) n from articles").get() as { n: number }).n);
    const has = sqlite.prepare("select 1 from articles where id = ?");
    const missing = reported.filter((id) => !has.get(id));
    const duplicateContent = Number(
      (
        sqlite
          .prepare(
            "select count(*) n from (select content_id from articles group by content_id having count(*) > 1)",
          )
          .get() as { n: number }
      ).n,
    );
    const duplicateUrls = Number(
      (
        sqlite
          .prepare(
            "select count(*) n from (select url from articles where url is not null group by url having count(*) > 1)",
          )
          .get() as { n: number }
      ).n,
    );
    return { integrity, articles, missing, duplicateContent, duplicateUrls };
  } finally {
    sqlite.close();
  }
}
