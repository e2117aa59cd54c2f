/**
 * @module
 * The hostile-input bench of issue 13: generates the full-size corpus (tools/fuzz/cases.ts) in a
 * temporary folder, runs every case through the real command line, `kabar analyze` and `kabar
 * ingest` (a fresh database each), and records per case and command: exit code, wall seconds and
 * peak memory (GNU time's maximum resident set, which counts the worker threads), whether the bad
 * file was named and how many articles came through.
 *
 *   npx tsx bench/fuzz/run.ts [case…] [--limit-s 90] [--json out.json]
 *
 * The last line says whether every case met the acceptance: within 30 s, at most 1 GiB, the
 * expected exit code, the bad file named, the good article(s) through.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FuzzCase, generateCorpus } from "../../tools/fuzz/cases.js";

const MAX_SECONDS = 30;
const MAX_MIB = 1024;
const TIME = "/usr/bin/time";

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limitS = Number(flag("--limit-s") ?? 90);
const jsonOut = flag("--json");
const only = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));

if (!existsSync(TIME)) {
  process.stderr.write("bench:fuzz: GNU time (/usr/bin/time) is needed to measure peak memory; skipped\n");
  process.exit(0);
}

interface Row {
  readonly case: string;
  readonly command: "analyze" | "ingest";
  readonly exit: number | null;
  readonly seconds: number;
  readonly mib: number;
  readonly named: boolean;
  readonly articles: number;
  readonly ok: boolean;
  readonly stderr: string;
}

const REPO = join(import.meta.dirname, "..", "..");
const CLI = join(REPO, "src", "cli", "main.ts");

/** Runs the CLI under GNU time; kills it after `limitS`. */
function runCli(
  cliArgs: string[],
  cwd: string,
): Promise<{ exit: number | null; seconds: number; mib: number; stdout: string; stderr: string }> {
  const report = join(cwd, `.time-${process.hrtime.bigint()}`);
  return new Promise((resolve) => {
    const started = performance.now();
    // From the repository, where `--import tsx` resolves; the inputs are absolute paths.
    const child = spawn(
      TIME,
      ["-f", "%M", "-o", report, process.execPath, "--import", "tsx", CLI, ...cliArgs],
      {
        cwd: REPO,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), limitS * 1000);
    child.on("close", (code) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const kib = Number(
        existsSync(report) ? readFileSync(report, "utf8").trim().split("\n").pop() : Number.NaN,
      );
      resolve({ exit: code, seconds, mib: kib / 1024, stdout, stderr });
    });
  });
}

function judge(
  c: FuzzCase,
  exit: number | null,
  seconds: number,
  mib: number,
  named: boolean,
  articles: number,
): boolean {
  const within = seconds <= MAX_SECONDS && mib <= MAX_MIB;
  if (c.mayRead && exit === 0) return within && articles === c.articles + 1;
  return within && exit === c.exit && articles === c.articles && (c.exit === 0 || named);
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "kabar-fuzz-bench-"));
  const rows: Row[] = [];
  try {
    const cases = generateCorpus(root, "full", only);
    for (const c of cases) {
      const dir = join(root, c.name);
      const inputs = c.inputs.map((f) => join(dir, f));
      const badPath = join(dir, c.named);

      const a = await runCli(["analyze", ...inputs, "--json", join(root, `${c.name}.dossier.json`)], dir);
      let analysed = 0;
      try {
        analysed = JSON.parse(readFileSync(join(root, `${c.name}.dossier.json`), "utf8")).articles.length;
      } catch {
        analysed = 0;
      }
      const aNamed = a.stderr.includes(badPath);
      rows.push({
        case: c.name,
        command: "analyze",
        exit: a.exit,
        seconds: a.seconds,
        mib: a.mib,
        named: aNamed,
        articles: analysed,
        ok: judge(c, a.exit, a.seconds, a.mib, aNamed, analysed),
        stderr: a.stderr.trim().split("\n").slice(-3).join(" | "),
      });

      const db = join(root, `${c.name}.db`);
      const i = await runCli(["ingest", ...inputs, "--db", db], dir);
      const stored = i.stdout.split("\n").filter((l) => /^(inserted|updated|unchanged)\t/.test(l)).length;
      const iNamed = i.stderr.includes(badPath);
      rows.push({
        case: c.name,
        command: "ingest",
        exit: i.exit,
        seconds: i.seconds,
        mib: i.mib,
        named: iNamed,
        articles: stored,
        ok: judge(c, i.exit, i.seconds, i.mib, iNamed, stored),
        stderr: i.stderr.trim().split("\n").slice(-3).join(" | "),
      });
      for (const r of rows.slice(-2)) {
        process.stderr.write(
          `${r.ok ? "ok  " : "FAIL"} ${r.case} ${r.command}: exit ${r.exit}, ${r.seconds.toFixed(1)} s, ${r.mib.toFixed(0)} MiB, ${r.articles} article(s)${r.named ? ", named" : ""}${r.ok ? "" : `: ${r.stderr}`}\n`,
        );
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const cell = (r: Row | undefined) =>
    r ? `${r.exit ?? "killed"} · ${r.seconds.toFixed(1)} s · ${r.mib.toFixed(0)} MiB` : "";
  const lines = [
    "| case | analyze (exit · s · MiB) | ingest (exit · s · MiB) | ok |",
    "| --- | --- | --- | --- |",
  ];
  for (const name of [...new Set(rows.map((r) => r.case))]) {
    const a = rows.find((r) => r.case === name && r.command === "analyze");
    const i = rows.find((r) => r.case === name && r.command === "ingest");
    lines.push(`| ${name} | ${cell(a)} | ${cell(i)} | ${a?.ok && i?.ok ? "yes" : "NO"} |`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(rows, null, 2)}\n`);
  const bad = rows.filter((r) => !r.ok);
  const worst = rows.reduce((m, r) => ({ s: Math.max(m.s, r.seconds), mib: Math.max(m.mib, r.mib) }), {
    s: 0,
    mib: 0,
  });
  process.stdout.write(
    `fuzz: ${rows.length - bad.length}/${rows.length} runs pass (≤ ${MAX_SECONDS} s, ≤ ${MAX_MIB} MiB, exit and names as expected); slowest ${worst.s.toFixed(1)} s, peak ${worst.mib.toFixed(0)} MiB\n`,
  );
  process.exitCode = bad.length > 0 ? 1 : 0;
}

await main();
