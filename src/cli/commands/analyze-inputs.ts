/**
 * @module
 * The articles of `kabar analyze`, analysed and handed back in input order (the dossier depends on
 * the order of its articles, so it is the same whichever thread analysed which). With an
 * {@link AnalyzePool}, worker threads analyse up to `window` articles ahead, each under the pool's
 * per-document time budget and heap limit: one pathological page is abandoned with an error naming
 * it and the rest of the run goes on (issue 13), where on this thread it would hang the command.
 */
import type { AnalyzePool } from "../../app/analyze-pool.js";
import { withTokens } from "../../app/archive.js";
import type { ArticleDoc, RawArticle } from "../../core/doc/document.js";
import type { IngestResult } from "../../ingest/read-inputs.js";

/** One input's outcome, in input order. */
export type AnalysedInput =
  /** The input could not be read as an article (nothing was analysed). */
  | { readonly source: string; readonly readError: unknown }
  /** Read; `doc` when analysed, else `error`; `notice` is the reader's warning, if any. */
  | {
      readonly source: string;
      readonly notice?: string;
      readonly doc?: ArticleDoc;
      readonly error?: unknown;
    };

/** Analyses on this thread or in a pool; either way a promise, so both run through one loop. */
export type Analyse = (raw: RawArticle) => Promise<ArticleDoc>;

/**
 * An {@link Analyse} over a pool. Documents come back from workers without their tokens layer
 * (see AnalyzePool); consolidation reads it, so it is put back.
 */
export function pooled(pool: AnalyzePool): Analyse {
  return async (raw) => withTokens(await pool.analyze(raw));
}

type Pending =
  | { readonly source: string; readonly readError: unknown }
  | { readonly source: string; readonly notice?: string; readonly doc: Promise<ArticleDoc> };

/**
 * Each read result with its analysis, in input order, with at most `window` analyses under way
 * (a pool's workers stay busy while the oldest is awaited; 1 analyses one at a time).
 */
export async function* analyseInOrder(
  results: AsyncIterable<IngestResult>,
  analyse: Analyse,
  window: number,
): AsyncGenerator<AnalysedInput> {
  const pending: Pending[] = [];
  const settle = async (item: Pending): Promise<AnalysedInput> => {
    if ("readError" in item) return item;
    const { source, notice } = item;
    const base = notice === undefined ? { source } : { source, notice };
    try {
      return { ...base, doc: await item.doc };
    } catch (error) {
      return { ...base, error };
    }
  };
  for await (const result of results) {
    if (!result.ok) pending.push({ source: result.source, readError: result.error });
    else {
      const doc = analyse(result.article);
      // A failure is reported when its turn comes; this keeps it from counting as unhandled.
      doc.catch(() => {});
      const { source } = result.article;
      pending.push(result.notice ? { source, notice: result.notice, doc } : { source, doc });
    }
    while (pending.length >= Math.max(1, window)) yield await settle(pending.shift()!);
  }
  while (pending.length > 0) yield await settle(pending.shift()!);
}
