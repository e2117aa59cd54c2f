/**
 * @module
 * `npm run bench:html [-- --split dev|train] [--limit N] [--no-clean]`: main-text extraction from
 * HTML, scored with the ScrapingHub/WCEB shingle F1 (word 4-gram multisets, precision and
 * recall per page, averaged per source; F1 of the averages) on the shared html-extraction
 * data (`../shared/data/html-extraction/`, see its README; not shipped, not in the repository).
 * Extractors: (a) Readability alone, as `extractHtml` ran it before the block classifier,
 * (b) that plus the clean stage's line rules, (c) the block classifier (today's `extractHtml`).
 * Also scored on the dev pages whose host does not occur in train. Last line:
 * `html: shingle F1 <new> vs readability <old> (l3s-gn1 …, dragnet …, cleanportaleval …), pages/s …`.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { analyzeArticle } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { cleanPipeline } from "../../src/app/pipeline.js";
import { extractBlocks } from "../../src/ingest/html/extract.js";
import { extractWithReadability } from "../../src/ingest/html/readability.js";
import { isMain } from "../harness.js";

export const DATA_DIR = fileURLToPath(new URL("../../../shared/data/html-extraction", import.meta.url));
export const SOURCES = ["l3s-gn1", "dragnet", "cleanportaleval", "cleaneval", "readability"] as const;
/** The news-like sources the acceptance figure averages. */
export const NEWS = ["l3s-gn1", "dragnet", "cleanportaleval"] as const;

export interface GoldPage {
  readonly id: string;
  readonly source: string;
  readonly split: "train" | "dev";
  readonly url: string | null;
  readonly host: string | null;
  readonly html: string;
  readonly text: string;
  readonly goldInPageRecall: number;
}

/** Pages of the shared data set, in file order (sorted by id within a source). */
export function loadPages(split?: "train" | "dev", sources: readonly string[] = SOURCES): GoldPage[] {
  if (!existsSync(DATA_DIR)) throw new Error(`${DATA_DIR} not found: the html-extraction data is not here`);
  const out: GoldPage[] = [];
  for (const source of sources) {
    const lines = gunzipSync(readFileSync(`${DATA_DIR}${source}.jsonl.gz`))
      .toString("utf8")
      .split("\n");
    for (const line of lines) {
      if (!line) continue;
      const r = JSON.parse(line) as Record<string, unknown>;
      if (split && r.split !== split) continue;
      out.push({
        id: String(r.id),
        source,
        split: r.split as "train" | "dev",
        url: (r.url as string | null) ?? null,
        host: (r.host as string | null) ?? null,
        html: String(r.html),
        text: String(r.text),
        goldInPageRecall: Number(r.gold_in_page_recall ?? 1),
      });
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}_]+/gu;

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** Multiset of word 4-gram shingles (one shorter shingle for a text under four words). */
export function shingles(text: string, n = 4): Map<string, number> {
  const w = wordsOf(text);
  const out = new Map<string, number>();
  if (w.length === 0) return out;
  if (w.length < n) {
    out.set(w.join(" "), 1);
    return out;
  }
  for (let i = 0; i + n <= w.length; i++) {
    const s = `${w[i]} ${w[i + 1]} ${w[i + 2]} ${w[i + 3]}`;
    out.set(s, (out.get(s) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

export function scorePage(pred: string, gold: Map<string, number>): PageScore {
  const p = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [s, c] of p) {
    const g = gold.get(s) ?? 0;
    tp += Math.min(c, g);
    fp += Math.max(0, c - g);
  }
  for (const [s, g] of gold) fn += Math.max(0, g - (p.get(s) ?? 0));
  return { tp, fp, fn };
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** The README's averaging: P over pages with output, R over pages with gold, F1 of the means. */
export function average(scores: readonly PageScore[]): Prf {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  for (const s of scores) {
    if (s.fp === 0 && s.fn === 0) {
      pSum += 1;
      pN++;
      rSum += 1;
      rN++;
      continue;
    }
    if (s.tp + s.fp > 0) {
      pSum += s.tp / (s.tp + s.fp);
      pN++;
    }
    if (s.tp + s.fn > 0) {
      rSum += s.tp / (s.tp + s.fn);
      rN++;
    }
  }
  const precision = pN ? pSum / pN : 0;
  const recall = rN ? rSum / rN : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: scores.length };
}

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
  const all = loadPages();
  const trainHosts = new Set(all.filter((p) => p.split === "train" && p.host).map((p) => p.host!));
  const pages = all.filter((p) => p.split === split).slice(0, limit);
  const gold = new Map(pages.map((p) => [p.id, shingles(p.text)]));
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
