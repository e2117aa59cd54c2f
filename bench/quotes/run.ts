/**
 * @module
 * `npm run bench:quotes -- [file-or-folder…] [--verbose] [--no-entities]`: runs segmentation, the entities stage
 * and the quotes stage over hand-annotated articles (default: bench/corpora/quotes, one JSON file
 * per article with its source URL, text and quotes) and prints per-language lines, then as its
 * last line `quotes: span F1 NN.NN, speaker accuracy NN.NN`. Matching rules are in ./score.ts.
 * `gateScores()` gives the CI gate `spanF1` and `speakerAccuracy` on the default corpus, as
 * fractions.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeContext } from "../../src/app/context.js";
import {
  type ArticleDoc,
  docFromRaw,
  layer,
  markDone,
  withLayer,
  withMeta,
} from "../../src/core/doc/document.js";
import type { Quote } from "../../src/core/doc/layers/quotes.js";
import { datesStage } from "../../src/stages/dates/index.js";
import { entitiesStage } from "../../src/stages/entities/index.js";
import { quotesStage } from "../../src/stages/quotes/index.js";
import { segmentStage } from "../../src/stages/segment/index.js";
import { isMain, pct, prf } from "../harness.js";
import { type GoldArticle, scoreArticle, type Tally, tally } from "./score.js";

export const corpus = "bench/corpora/quotes";
const here = dirname(fileURLToPath(import.meta.url));
const defaultDir = join(here, "..", "..", corpus);

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)))
    .filter((p) => p.endsWith(".json"));
}

/** Runs the per-article stages the quotes stage needs, on the gold text as it stands. */
export function analyse(
  article: GoldArticle,
  withEntities = true,
): { doc: ArticleDoc; quotes: readonly Quote[] } {
  const ctx = makeContext();
  const raw = docFromRaw({ source: article.source, raw: article.text, format: "text", hints: {} }, "gold");
  let doc = markDone(markDone(withMeta(raw, { language: article.language }), "clean"), "language");
  doc = segmentStage.run(doc, ctx);
  try {
    doc = withEntities ? entitiesStage.run(doc, ctx) : withLayer(doc, "mentions", []);
  } catch {
    // The entities stage is optional here: without mentions the quotes stage falls back to
    // capitalised names, which is what the score then measures.
    doc = withLayer(doc, "mentions", []);
  }
  try {
    doc = datesStage.run(doc, ctx);
  } catch {
    // Dates only keep weekday names out of speaker guesses; the score stands without them.
  }
  doc = quotesStage.run(doc, ctx);
  return { doc, quotes: layer(doc, "quotes") };
}

export interface Result {
  readonly byLanguage: Map<string, Tally>;
  readonly all: Tally;
}

export function evaluate(paths: readonly string[], withEntities = true): Result {
  const byLanguage = new Map<string, Tally>();
  const all = tally();
  for (const file of paths.flatMap(filesUnder)) {
    const gold = JSON.parse(readFileSync(file, "utf8")) as GoldArticle;
    const { quotes } = analyse(gold, withEntities);
    const t = byLanguage.get(gold.language) ?? tally();
    byLanguage.set(gold.language, t);
    for (const target of [t, all]) scoreArticle(gold, quotes, target);
    all.notes.splice(0, all.notes.length);
    if (t.notes.length) t.notes.push(`  ^ ${file}`);
  }
  return { byLanguage, all };
}

const speakerAccuracy = (t: Tally): number => (t.tp === 0 ? 0 : t.speakerRight / t.tp);

function line(label: string, t: Tally): string {
  const { precision, recall, f1 } = prf(t);
  return `${label}: span P ${pct(precision)} R ${pct(recall)} F1 ${pct(f1)}, speaker accuracy ${pct(speakerAccuracy(t))} (${t.tp} matched, ${t.fn} missed, ${t.fp} spurious)`;
}

/**
 * The gate scores the quotes stage on its own (no entity mentions, so speakers come from the
 * stage's capitalised-name fallback): the floor then moves only with this stage and its gold,
 * not with the entity tagger another task is changing. The CLI scores the whole pipeline.
 */
export async function gateScores(): Promise<Record<string, number>> {
  const { all } = evaluate([defaultDir], false);
  return { spanF1: prf(all).f1, speakerAccuracy: speakerAccuracy(all) };
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const verbose = args.includes("--verbose");
  const withEntities = !args.includes("--no-entities");
  const paths = args.filter((a) => !a.startsWith("--"));
  const { byLanguage, all } = evaluate(paths.length ? paths : [defaultDir], withEntities);
  for (const [lang, t] of [...byLanguage].sort()) {
    if (verbose) for (const n of t.notes) console.log(`  ${n}`);
    console.log(line(lang, t));
  }
  console.log(`quotes: span F1 ${pct(prf(all).f1)}, speaker accuracy ${pct(speakerAccuracy(all))}`);
}
