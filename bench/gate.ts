/**
 * @module
 * The CI quality gate. For each task in bench/baseline.json it imports bench/<task>/run.ts, takes
 * its headline scores and fails when one falls below its floor by more than EPSILON, or when the
 * task's gold corpus changed without a re-pin. `--repin <task…>` raises floors to the current
 * scores (adding the task if new); it never lowers a floor unless `--allow-lower` is given.
 *
 * Tasks whose scorer names no committed corpus (ner, entities) score on the shared training data
 * ($KABAR_DATA or ../shared/data), which a user's clone does not have. Without it the gate checks
 * everything the repository ships and prints one line naming each skipped floor and why; CI sets
 * KABAR_GATE_ALL=1 (or passes --all), and then missing shared data fails the gate instead.
 *
 * Before scoring, it checks that the last commit to lower a floor said why (`bench/floors.ts`).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { floorCheck } from "./floors.js";
import { digestOf, type GateModule } from "./harness.js";

const EPSILON = 0.005;
const here = dirname(fileURLToPath(import.meta.url));
const baselinePath = join(here, "baseline.json");
/** Same default as tools/ner/data.ts, read here without importing the scorers' data loaders. */
const sharedData = process.env.KABAR_DATA ?? join(here, "..", "..", "shared", "data");

interface TaskBaseline {
  floors: Record<string, number>;
  digest?: string;
}
type Baseline = Record<string, TaskBaseline>;

async function load(task: string): Promise<GateModule> {
  const path = join(here, task, "run.ts");
  if (!existsSync(path)) throw new Error(`no scorer at ${path}`);
  return (await import(pathToFileURL(path).href)) as GateModule;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const baseline: Baseline = existsSync(baselinePath) ? JSON.parse(readFileSync(baselinePath, "utf8")) : {};
  if (args[0] === "--repin") {
    const allowLower = args.includes("--allow-lower");
    for (const task of args.slice(1).filter((a) => !a.startsWith("--"))) {
      const mod = await load(task);
      const scores = await mod.gateScores();
      const old = baseline[task]?.floors ?? {};
      const floors: Record<string, number> = {};
      for (const [k, v] of Object.entries(scores)) {
        const rounded = Math.floor(v * 1000) / 1000;
        floors[k] = allowLower ? rounded : Math.max(rounded, old[k] ?? 0);
      }
      baseline[task] = { floors, ...(mod.corpus ? { digest: digestOf(join(here, "..", mod.corpus)) } : {}) };
      console.log(`re-pinned ${task}: ${JSON.stringify(floors)}`);
    }
    writeFileSync(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`);
    return 0;
  }
  let failed = 0;
  let passed = 0;
  // A floor may only go down in a commit that says why (bench/floors.ts).
  const floors = floorCheck(join(here, ".."));
  for (const line of floors.lines) console.log(`gate: ${line}`);
  if (!floors.ok) failed += 1;
  const requireAll = args.includes("--all") || process.env.KABAR_GATE_ALL === "1";
  const skipped: string[] = [];
  for (const [task, pinned] of Object.entries(baseline)) {
    const mod = await load(task);
    if (!mod.corpus && !existsSync(sharedData)) {
      const metrics = Object.keys(pinned.floors).map((metric) => `${task}.${metric}`);
      if (!requireAll) skipped.push(...metrics);
      else {
        console.log(`gate: ${metrics.join(", ")} cannot run: shared training data missing at ${sharedData}`);
        failed += metrics.length;
      }
      continue;
    }
    if (pinned.digest && mod.corpus) {
      const now = digestOf(join(here, "..", mod.corpus));
      if (now !== pinned.digest) {
        console.log(
          `gate: ${task}: gold corpus ${mod.corpus} changed (digest ${now}, pinned ${pinned.digest}); re-pin it`,
        );
        failed += 1;
        continue;
      }
    }
    const scores = await mod.gateScores();
    for (const [metric, floor] of Object.entries(pinned.floors)) {
      const score = scores[metric];
      const ok = score !== undefined && score >= floor - EPSILON;
      console.log(
        `gate: ${task}.${metric} ${score?.toFixed(4) ?? "missing"} (floor ${floor}) ${ok ? "ok" : "BELOW FLOOR"}`,
      );
      if (ok) passed += 1;
      else failed += 1;
    }
  }
  if (skipped.length > 0)
    console.log(
      `gate: skipped ${skipped.join(", ")}: they score on shared training data not in the repository (${sharedData} is missing; set KABAR_DATA, or KABAR_GATE_ALL=1 to require it)`,
    );
  console.log(
    `gate: ${passed} passed, ${failed} failed${skipped.length ? `, ${skipped.length} skipped` : ""}`,
  );
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
