/**
 * @module
 * `npm run bench:clean -- [dir] [--verbose] [--dev-only]`: runs ingest, cleaning and language identification
 * (the `cleanPipeline` profile) on every `<slug>.txt` of a gold folder and scores the result
 * against the hand annotation in `<slug>.json`: kept-line precision/recall/F1 and metadata field
 * accuracy, per language and overall, for the dev and the test split separately. The split is by
 * outlet (the file name's prefix before the first "-", see `splitOf` in score.ts), so every article
 * of an outlet falls in one split; rules and the line model are trained and tuned on dev only. The
 * line before last is `clean (dev): kept-line F1 …, metadata accuracy …`; the last stdout line is
 * `clean: kept-line F1 N.NNN, metadata accuracy N.NNN` for the TEST split, and `gateScores()`
 * returns the test split's figures. Definitions: bench/clean/README.md.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeArticle } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { cleanPipeline } from "../../src/app/pipeline.js";
import type { ArticleDoc } from "../../src/core/doc/document.js";
import { decodeText } from "../../src/ingest/decode.js";
import { toArticles } from "../../src/ingest/read-inputs.js";
import {
  addLineCounts,
  type CleanGold,
  emptyLineCounts,
  fieldCorrect,
  type GoldMeta,
  type LineCounts,
  lineScores,
  META_FIELDS,
  type MetaField,
  norm,
  outletOf,
  type Split,
  splitOf,
} from "../../tools/clean/score.js";
import { isMain } from "../harness.js";

export const corpus = "bench/corpora/clean";
const defaultDir = fileURLToPath(new URL("../corpora/clean", import.meta.url));

export interface ArticleResult {
  readonly slug: string;
  readonly language: string;
  readonly lines: LineCounts;
  readonly fields: Partial<Record<MetaField, boolean>>;
  readonly lostBody: string[];
  readonly keptChrome: string[];
  readonly doc: ArticleDoc;
  readonly gold: CleanGold;
}

export interface CleanReport {
  readonly articles: readonly ArticleResult[];
  readonly keptLineF1: number;
  readonly metadataAccuracy: number;
}

/** Runs the clean pipeline on one gold article, the way `kabar analyze file.txt` would read it. */
function cleanOne(path: string): ArticleDoc {
  const text = decodeText(new Uint8Array(readFileSync(path)), path);
  const [raw] = toArticles(path, text, "text");
  if (!raw) throw new Error(`no article read from ${path}`);
  return analyzeArticle(raw, makeContext(), cleanPipeline());
}

/** Scores the gold articles of `dir` (only those of `split` when given). */
export function evaluate(dir: string = defaultDir, split?: Split): CleanReport {
  const slugs = readdirSync(dir)
    .filter((n) => n.endsWith(".json") && existsSync(join(dir, `${n.slice(0, -5)}.txt`)))
    .map((n) => n.slice(0, -5))
    .filter((slug) => !split || splitOf(slug) === split)
    .sort();
  const articles = slugs.map((slug): ArticleResult => {
    const gold = JSON.parse(readFileSync(join(dir, `${slug}.json`), "utf8")) as CleanGold;
    const doc = cleanOne(join(dir, `${slug}.txt`));
    const text = norm(doc.text);
    const fields: Partial<Record<MetaField, boolean>> = {};
    for (const f of META_FIELDS) {
      if (f in gold.meta) fields[f] = fieldCorrect(f, gold.meta[f] as GoldMeta[MetaField], doc.meta);
    }
    return {
      slug,
      language: gold.meta.language ?? doc.meta.language ?? "?",
      lines: scoreLinesOf(doc.text, gold),
      fields,
      lostBody: gold.keep.filter((k) => !text.includes(norm(k))),
      keptChrome: gold.drop.filter((d) => text.includes(norm(d))),
      doc,
      gold,
    };
  });
  const all = articles.reduce((acc, a) => addLineCounts(acc, a.lines), emptyLineCounts());
  return { articles, keptLineF1: lineScores(all).f1, metadataAccuracy: metaAccuracy(articles) };
}

function scoreLinesOf(text: string, gold: CleanGold): LineCounts {
  const t = norm(text);
  return {
    keptBody: gold.keep.filter((k) => t.includes(norm(k))).length,
    lostBody: gold.keep.filter((k) => !t.includes(norm(k))).length,
    keptChrome: gold.drop.filter((d) => t.includes(norm(d))).length,
    removedChrome: gold.drop.filter((d) => !t.includes(norm(d))).length,
  };
}

function metaAccuracy(articles: readonly ArticleResult[], field?: MetaField): number {
  let right = 0;
  let total = 0;
  for (const a of articles) {
    for (const [f, ok] of Object.entries(a.fields)) {
      if (field && f !== field) continue;
      total += 1;
      if (ok) right += 1;
    }
  }
  return total === 0 ? 0 : right / total;
}

const fieldCount = (articles: readonly ArticleResult[], field: MetaField): number =>
  articles.filter((a) => field in a.fields).length;

/** The gate's figures, on the test split. */
export async function gateScores(): Promise<Record<string, number>> {
  const r = evaluate(defaultDir, "test");
  return { keptLineF1: r.keptLineF1, metadataAccuracy: r.metadataAccuracy };
}

function printTable(label: string, report: CleanReport): void {
  const { articles } = report;
  const langs = [...new Set(articles.map((a) => a.language))].sort();
  const outlets = new Set(articles.map((a) => outletOf(a.slug))).size;
  console.log(`\n${label}: ${articles.length} gold articles from ${outlets} outlets`);
  console.log("lang  n   body kept   chrome removed   P      R      F1     meta acc");
  for (const lang of [...langs, "all"]) {
    const subset = lang === "all" ? articles : articles.filter((a) => a.language === lang);
    const c = subset.reduce((acc, a) => addLineCounts(acc, a.lines), emptyLineCounts());
    const s = lineScores(c);
    console.log(
      `${lang.padEnd(5)} ${String(subset.length).padEnd(3)} ${`${c.keptBody}/${c.keptBody + c.lostBody}`.padEnd(11)} ${`${c.removedChrome}/${c.removedChrome + c.keptChrome}`.padEnd(16)} ${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}  ${s.f1.toFixed(3)}  ${metaAccuracy(subset).toFixed(3)}`,
    );
  }
  console.log(
    `fields: ${META_FIELDS.map((f) => `${f} ${metaAccuracy(articles, f).toFixed(2)} (n=${fieldCount(articles, f)})`).join(", ")}`,
  );
}

function printErrors(articles: readonly ArticleResult[]): void {
  for (const a of articles) {
    const wrong = Object.entries(a.fields)
      .filter(([, ok]) => !ok)
      .map(([f]) => {
        const got = f === "published" ? a.doc.meta.published.value : a.doc.meta[f as keyof typeof a.doc.meta];
        return `${f}: got ${JSON.stringify(got)}, gold ${JSON.stringify(a.gold.meta[f as MetaField])}`;
      });
    if (a.lostBody.length + a.keptChrome.length + wrong.length === 0) continue;
    console.log(`\n# ${a.slug} (${a.language}, ${splitOf(a.slug)})`);
    for (const k of a.lostBody) console.log(`  lost body:    ${k}`);
    for (const d of a.keptChrome) console.log(`  kept chrome:  ${d}`);
    for (const w of wrong) console.log(`  meta ${w}`);
  }
}

const summary = (r: CleanReport): string =>
  `kept-line F1 ${r.keptLineF1.toFixed(3)}, metadata accuracy ${r.metadataAccuracy.toFixed(3)}`;

function main(argv: readonly string[]): number {
  const verbose = argv.includes("--verbose");
  // `--dev-only` scores and lists the dev split alone: the way to read errors while tuning, so
  // the test split's errors are never seen.
  const devOnly = argv.includes("--dev-only");
  const dirArg = argv.find((a) => !a.startsWith("--"));
  const dir = dirArg ? resolve(dirArg) : defaultDir;
  const dev = evaluate(dir, "dev");
  console.log(`clean: gold in ${dir}, split by outlet (dev / test)`);
  printTable("dev", dev);
  if (devOnly) {
    if (verbose) printErrors(dev.articles);
    console.log(`\nclean (dev): ${summary(dev)}`);
    return 0;
  }
  const test = evaluate(dir, "test");
  printTable("test", test);
  if (verbose) printErrors([...dev.articles, ...test.articles]);
  console.log(`\nclean (dev): ${summary(dev)}`);
  console.log(`clean: ${summary(test)}`);
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
