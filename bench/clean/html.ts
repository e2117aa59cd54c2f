import { analyzeArticle } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { cleanPipeline } from "../../src/app/pipeline.js";
import { extractBlocks } from "../../src/ingest/html/extract.js";
import { extractWithReadability } from "../../src/ingest/html/readability.js";
import {
  average,
  type GoldPage,
  loadPages,
  NEWS,
  type PageScore,
  type Prf,
  SOURCES,
  scorePage,
  shingles,
} from "../../tools/clean/html-gold.js";
import { isMain } from "../harness.js";

export type Extractor = (page: GoldPage) => string;

export interface RunResult {
  readonly bySource: Map<string, Prf>;
  readonly unseenBySource: Map<string, Prf>;
  readonly all: Prf;
  readonly newsMean: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly pageScores: Map<string, PageScore>;
}

/** Scores one extractor on `pages`; `trainHosts` marks which pages count as unseen hosts. */
export function runExtractor(
  pages: readonly GoldPage[],
  extract: Extractor,
  trainHosts: ReadonlySet<string>,
  gold: ReadonlyMap<string, Map<string, number>>,
): RunResult {
  const scores = new Map<string, PageScore>();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const page of pages) {
    let text = "";
    try {
      text = extract(page);
    } catch (err) {
      process.stderr.write(`${page.source} ${page.id.slice(0, 12)}: ${(err as Error).message}\n`);
    }
    scores.set(page.id, scorePage(text, gold.get(page.id)!));
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const group = (filter: (p: GoldPage) => boolean): Map<string, Prf> => {
    const out = new Map<string, Prf>();
    for (const source of SOURCES) {
      const s = pages.filter((p) => p.source === source && filter(p)).map((p) => scores.get(p.id)!);
      if (s.length) out.set(source, average(s));
    }
    return out;
  };
  const bySource = group(() => true);
  return {
    bySource,
    unseenBySource: group((p) => !p.host || !trainHosts.has(p.host)),
    all: average([...scores.values()]),
    newsMean: NEWS.reduce((a, s) => a + (bySource.get(s)?.f1 ?? 0), 0) / NEWS.length,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    pageScores: scores,
  };
}

/** The pages of one split, their gold shingles, and the hosts of train (for the unseen-host rows). */
export function splitPages(split: "train" | "dev", limit = Infinity) {
  const all = loadPages();
  const trainHosts = new Set(all.filter((p) => p.split === "train" && p.host).map((p) => p.host!));
  const pages = all.filter((p) => p.split === split).slice(0, limit);
  const gold = new Map(pages.map((p) => [p.id, shingles(p.text)]));
  return { pages, trainHosts, gold };
}

const f3 = (x: number | undefined): string => (x === undefined ? "  -  " : x.toFixed(3));

function table(name: string, r: RunResult): string {
  const row = (label: string, m: Map<string, Prf>): string =>
    `${label.padEnd(30)} ${SOURCES.map((s) => {
      const x = m.get(s);
      return x
        ? `${f3(x.f1)} (${f3(x.precision)}/${f3(x.recall)}) n=${String(x.pages).padEnd(3)}`
        : "-".padEnd(28);
    }).join("  ")}`;
  return [
    row(name, r.bySource),
    row(`${name} [unseen hosts]`, r.unseenBySource),
    `${"".padEnd(30)} all ${f3(r.all.f1)}, news mean ${f3(r.newsMean)}, ${(r.pageScores.size / r.cpuSeconds).toFixed(1)} pages/CPU-s`,
  ].join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const split = (args.includes("--split") ? args[args.indexOf("--split") + 1] : "dev") as "train" | "dev";
  const limit = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : Infinity;
  const withClean = !args.includes("--no-clean");
  const { pages, trainHosts, gold } = splitPages(split, limit);
  console.log(`html extraction, ${split} split: ${pages.length} pages; F1 (P/R) per source`);
  console.log(`${"".padEnd(30)} ${SOURCES.map((s) => s.padEnd(28)).join("  ")}`);
  const old = runExtractor(
    pages,
    (p) => extractWithReadability(p.html, p.url ?? undefined).text,
    trainHosts,
    gold,
  );
  console.log(table("(a) readability", old));
  if (withClean) {
    const ctx = makeContext();
    const pipeline = cleanPipeline();
    const cleaned = runExtractor(
      pages,
      (p) => {
        const { text, hints } = extractWithReadability(p.html, p.url ?? undefined);
        if (!text.trim()) return "";
        return analyzeArticle({ source: p.id, raw: text, format: "html", hints }, ctx, pipeline).text;
      },
      trainHosts,
      gold,
    );
    console.log(table("(b) readability + clean", cleaned));
  }
  const neu = runExtractor(pages, (p) => extractBlocks(p.html, p.url ?? undefined).text, trainHosts, gold);
  console.log(table("(c) block classifier", neu));
  const per = NEWS.map((s) => `${s} ${f3(neu.bySource.get(s)?.f1)} vs ${f3(old.bySource.get(s)?.f1)}`).join(
    ", ",
  );
  const rd = `readability ${f3(neu.bySource.get("readability")?.f1)} vs ${f3(old.bySource.get("readability")?.f1)}`;
  console.log(
    `html: shingle F1 ${f3(neu.newsMean)} vs readability ${f3(old.newsMean)} (${per}; ${rd}), pages/s ${(pages.length / neu.cpuSeconds).toFixed(1)} vs ${(pages.length / old.cpuSeconds).toFixed(1)} per CPU-second`,
  );
}

if (isMain(import.meta.url)) await main();
