/**
 * @module
 * The dev split of the cleaning gold, run through the clean pipeline as `kabar analyze` runs it,
 * with the candidates the learned outlet and author readers see on each page (read through their
 * trace hooks). The test split is never read.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeArticle } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { cleanPipeline } from "../../src/app/pipeline.js";
import { decodeText } from "../../src/ingest/decode.js";
import { toArticles } from "../../src/ingest/read-inputs.js";
import type { AuthorCandidate } from "../../src/stages/clean/meta/author-candidates.js";
import { traceAuthorCandidates } from "../../src/stages/clean/meta/authors.js";
import { traceOutletCandidates } from "../../src/stages/clean/meta/outlet.js";
import type { OutletCandidate } from "../../src/stages/clean/meta/outlet-candidates.js";
import { type CleanGold, outletOf, splitOf } from "../../tools/clean/score.js";

export interface DevPage {
  readonly slug: string;
  /** The outlet prefix of the file name: the unit of the split and of the held-out folds. */
  readonly group: string;
  readonly gold: CleanGold;
  readonly outlet: { readonly rulePick: string | null; readonly candidates: readonly OutletCandidate[] };
  readonly authors: {
    readonly ruleAuthors: readonly string[];
    readonly candidates: readonly AuthorCandidate[];
  };
}

export function readDevPages(goldDir: string): DevPage[] {
  const slugs = readdirSync(goldDir)
    .filter((n) => n.endsWith(".json") && existsSync(join(goldDir, `${n.slice(0, -5)}.txt`)))
    .map((n) => n.slice(0, -5))
    .filter((s) => splitOf(s) === "dev")
    .sort();
  const pages: DevPage[] = [];
  for (const slug of slugs) {
    const gold = JSON.parse(readFileSync(join(goldDir, `${slug}.json`), "utf8")) as CleanGold;
    const path = join(goldDir, `${slug}.txt`);
    const [raw] = toArticles(path, decodeText(new Uint8Array(readFileSync(path)), path), "text");
    if (!raw) continue;
    let outlet: DevPage["outlet"] | null = null;
    let authors: DevPage["authors"] | null = null;
    traceOutletCandidates((input, candidates) => {
      outlet = { rulePick: input.rulePick, candidates };
    });
    traceAuthorCandidates((input, candidates) => {
      authors = { ruleAuthors: input.ruleAuthors, candidates };
    });
    try {
      analyzeArticle(raw, makeContext(), cleanPipeline());
    } finally {
      traceOutletCandidates(null);
      traceAuthorCandidates(null);
    }
    // Pages whose container metadata carries the field never reach the readers.
    pages.push({
      slug,
      group: outletOf(slug),
      gold,
      outlet: outlet ?? { rulePick: null, candidates: [] },
      authors: authors ?? { ruleAuthors: [], candidates: [] },
    });
  }
  return pages;
}
