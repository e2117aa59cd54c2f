/**
 * @module
 * `npm run bench:langid -- --articles [--verbose]`: language identification on whole articles, the
 * way `kabar analyze file.txt` reads them (ingest, clean, langid). The paragraphs of the main bench
 * are clean text; real pages come with chrome, names in other languages and loanwords, which is
 * where Indonesian was misread as Malay. Scores every `.txt` whose gold language is known: the
 * fact-check stories (`bench/corpora/facts/<story>/gold.json` `languages`, split by the story's
 * `split`) and the cleaning gold (`bench/corpora/clean/<slug>.json` `meta.language`, split by
 * outlet as bench:clean splits it). `--verbose` names the misread articles of the dev splits only,
 * so the test splits' errors are never read while tuning.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeArticle } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { cleanPipeline } from "../../src/app/pipeline.js";
import { decodeText } from "../../src/ingest/decode.js";
import { toArticles } from "../../src/ingest/read-inputs.js";
import { splitOf } from "../../tools/clean/score.js";

const corpora = fileURLToPath(new URL("../corpora", import.meta.url));

/** One article with a known language. */
export interface GoldArticle {
  readonly corpus: "facts" | "clean";
  readonly split: string;
  readonly path: string;
  readonly lang: string;
}

export function goldArticles(root: string = corpora): GoldArticle[] {
  const out: GoldArticle[] = [];
  const facts = join(root, "facts");
  for (const story of readdirSync(facts).sort()) {
    const goldPath = join(facts, story, "gold.json");
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, "utf8")) as {
      split?: string;
      languages?: Record<string, string>;
    };
    for (const [file, lang] of Object.entries(gold.languages ?? {}).sort()) {
      const path = join(facts, story, file);
      if (existsSync(path)) out.push({ corpus: "facts", split: gold.split ?? "dev", path, lang });
    }
  }
  const clean = join(root, "clean");
  for (const name of readdirSync(clean).sort()) {
    if (!name.endsWith(".json")) continue;
    const slug = name.slice(0, -5);
    const path = join(clean, `${slug}.txt`);
    const lang = (JSON.parse(readFileSync(join(clean, name), "utf8")) as { meta?: { language?: string } })
      .meta?.language;
    if (lang && existsSync(path)) out.push({ corpus: "clean", split: splitOf(slug), path, lang });
  }
  return out;
}

/** The language the clean profile of the pipeline gives the file. */
export function languageOf(path: string): string | null {
  const text = decodeText(new Uint8Array(readFileSync(path)), path);
  const [raw] = toArticles(path, text, "text");
  if (!raw) return null;
  return analyzeArticle(raw, makeContext(), cleanPipeline()).meta.language;
}

export function articlesReport(verbose: boolean): void {
  const rows = new Map<string, { n: number; wrong: number }>();
  const shown: string[] = [];
  for (const a of goldArticles()) {
    const got = languageOf(a.path);
    const key = `${a.corpus} ${a.split}`;
    const row = rows.get(key) ?? { n: 0, wrong: 0 };
    rows.set(key, row);
    row.n += 1;
    if (got === a.lang) continue;
    row.wrong += 1;
    if (a.split === "dev") shown.push(`  ${a.path.slice(corpora.length + 1)}: gold ${a.lang}, got ${got}`);
  }
  if (verbose && shown.length > 0) console.log(`misread (dev splits only):\n${shown.join("\n")}`);
  let n = 0;
  let wrong = 0;
  for (const [key, row] of [...rows].sort()) {
    console.log(`${key.padEnd(12)} ${row.wrong} of ${row.n} misread`);
    n += row.n;
    wrong += row.wrong;
  }
  console.log(`langid articles: ${wrong} of ${n} misread`);
}
