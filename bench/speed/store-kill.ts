/**
 * @module
 * `npx tsx bench/speed/store-kill.ts [--n 5000] [--kills 5] [--profile full|clean]`: the full
 * crash-safety run. Writes N distinct articles, then `kills` times starts `kabar ingest` on the
 * folder and SIGKILLs it after a random number of newly committed articles; after each kill the
 * database must open, pass the integrity check and hold every article reported committed. A last
 * run finishes the rest; the archive must then hold exactly N articles with no duplicates.
 * Last line: `store-kill: K kills, L lost, D duplicates, N/N articles after resume`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkDb, ingestAndKill, writeArticles } from "../../test/faults/kill-harness.js";
import { isMain } from "../harness.js";
import { rng } from "./cluster-synth.js";

export async function killRun(n: number, kills: number, profile: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "kabar-kill-"));
  try {
    const articles = writeArticles(join(dir, "articles"), n);
    const db = join(dir, "kill.db");
    const next = rng(42);
    const reported = new Set<string>();
    let lost = 0;
    let duplicates = 0;
    let done = 0;
    const extra = ["--profile", profile, "--no-dossiers"];
    for (let k = 0; k < kills; k++) {
      // Kill somewhere within the next ~1/kills of the remaining work, after at least 20 commits
      // (already stored articles are reported again as unchanged and count towards the limit).
      const fresh = 20 + Math.floor(next() * Math.max(1, n / (kills + 1) - 20));
      const t = Date.now();
      const run = await ingestAndKill(db, articles, done + fresh, extra);
      for (const id of run.reported) reported.add(id);
      const check = checkDb(db, [...reported]);
      lost += check.missing.length;
      duplicates += check.duplicateContent + check.duplicateUrls;
      done = check.articles;
      console.log(
        `kill ${k + 1}: ${run.killed ? "killed" : "finished"} after ${run.reported.length} reported lines in ${((Date.now() - t) / 1000).toFixed(1)} s; db ${check.integrity}, ${check.articles} articles, ${check.missing.length} reported-but-missing, ${check.duplicateContent} duplicate contents`,
      );
    }
    const t = Date.now();
    const last = await ingestAndKill(db, articles, null, extra);
    for (const id of last.reported) reported.add(id);
    const check = checkDb(db, [...reported]);
    lost += check.missing.length;
    duplicates += check.duplicateContent + check.duplicateUrls;
    console.log(
      `resume: exit ${last.exitCode} in ${((Date.now() - t) / 1000).toFixed(1)} s; db ${check.integrity}, ${check.articles} articles`,
    );
    return `store-kill: ${kills} kills, ${lost} lost, ${duplicates} duplicates, ${check.articles}/${n} articles after resume`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name: string, dflt: string): string => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? dflt) : dflt;
  };
  console.log(
    await killRun(Number(flag("--n", "5000")), Number(flag("--kills", "5")), flag("--profile", "full")),
  );
}
