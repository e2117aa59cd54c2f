/**
 * @module
 * Ingests a stream of read results into the archive in their input order, with analysis running
 * ahead in an {@link AnalyzePool} when one is given: the pool analyses up to `window` articles
 * while the main thread stores and clusters the oldest. Clustering is online and order-dependent,
 * so results are always taken in input order, and an article is reported only once committed.
 */
import type { ArticleDoc, RawArticle } from "../core/doc/document.js";
import type { IngestResult } from "../ingest/read-inputs.js";
import type { AnalyzePool } from "./analyze-pool.js";
import type { Archive, IngestOutcome } from "./archive.js";

export interface StreamHandlers {
  onOutcome(outcome: IngestOutcome): void;
  onError(source: string, err: unknown): void;
  /** A warning about an article that is still ingested (e.g. only its start is analysed). */
  onNotice?(source: string, notice: string): void;
}

type Pending =
  /** Already stored: nothing to analyse. */
  | { readonly raw: RawArticle; readonly known: IngestOutcome }
  /** Analysis under way in the pool, or null when the archive analyses in-process. */
  | { readonly raw: RawArticle; readonly doc: Promise<ArticleDoc> | null };

export async function ingestStream(
  archive: Archive,
  results: AsyncIterable<IngestResult>,
  handlers: StreamHandlers,
  pool: AnalyzePool | null = null,
  window = 16,
): Promise<void> {
  const pending: Pending[] = [];
  const drainOne = async (): Promise<void> => {
    const item = pending.shift()!;
    try {
      if ("known" in item) handlers.onOutcome(item.known);
      else
        handlers.onOutcome(
          item.doc ? await archive.ingestDoc(await item.doc) : await archive.ingest(item.raw),
        );
    } catch (err) {
      handlers.onError(item.raw.source, err);
    }
  };
  for await (const result of results) {
    if (!result.ok) {
      handlers.onError(result.source, result.error);
      continue;
    }
    const raw = result.article;
    if (result.notice) handlers.onNotice?.(raw.source, result.notice);
    if (pool) {
      // A stored article costs one lookup, not an analysis.
      const known = await archive.known(raw);
      if (known) pending.push({ raw, known });
      else {
        const doc = pool.analyze(raw);
        // A failed analysis is reported when its turn comes; this keeps it from going unhandled.
        doc.catch(() => {});
        pending.push({ raw, doc });
      }
    } else pending.push({ raw, doc: null });
    if (pending.length >= (pool ? window : 1)) await drainOne();
  }
  while (pending.length > 0) await drainOne();
}
