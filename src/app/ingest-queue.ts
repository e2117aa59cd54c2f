/**
 * @module
 * Ingesting by enqueueing, for an archive on PostgreSQL whose `kabar worker` processes do the
 * analysis (`kabar ingest --enqueue`, `kabar watch --enqueue`, `kabar worker --enqueue`, or
 * `KABAR_ENQUEUE=1`). Each raw article goes to the job queue as it is read, keyed by its content
 * id, and the command returns without analysing anything: the workers analyse, store and file the
 * articles into stories in enqueue order (storage/postgres/jobs.ts). An article already stored is
 * reported `unchanged` and not queued; one already waiting in the queue is not queued twice.
 */

import { contentId } from "../core/doc/content-id.js";
import type { RawArticle } from "../core/doc/document.js";
import { DomainError, isDomainError } from "../core/errors.js";
import type { IngestResult } from "../ingest/read-inputs.js";
import type { PostgresStore } from "../storage/postgres/store.js";

export type QueueStatus =
  /** Added to the queue (or put back after it had failed). */
  | "queued"
  /** Waiting in the queue already, or being analysed. */
  | "already-queued"
  /** Stored in the archive already: nothing to do. */
  | "unchanged";

/** What became of one article; `id` is the article's id once stored (its content id). */
export interface QueueOutcome {
  readonly status: QueueStatus;
  readonly id: string;
  readonly source: string;
  readonly storyId: string | null;
}

export interface QueueHandlers {
  onOutcome(outcome: QueueOutcome): void;
  onError(source: string | null, err: unknown): void;
  onNotice?(source: string, notice: string): void;
}

/** Articles per round trip: large enough to amortise it, small enough to report steadily. */
const BATCH = 200;

/**
 * The job queue as a destination for articles, with the archive's `ingest` shape so the feed
 * reader (ingest-feeds.ts) fills it as it fills an archive.
 */
export class ArticleQueue {
  constructor(readonly store: PostgresStore) {}

  /** Queues one article (a feed item), unless it is stored or queued already. */
  async ingest(raw: RawArticle): Promise<QueueOutcome> {
    const [outcome] = await this.enqueueBatch([raw]);
    return outcome!;
  }

  /**
   * Queues a stream of read results in their order, a batch at a time. A read failure is reported
   * and the rest go on. A store failure (the server went away) is reported once and stops the
   * run: running the command again resumes, as nothing is queued twice. Returns how many articles
   * read were left unqueued by such a stop (0 when the run finished).
   */
  async enqueueStream(results: AsyncIterable<IngestResult>, handlers: QueueHandlers): Promise<number> {
    let batch: RawArticle[] = [];
    const flush = async (): Promise<number> => {
      const raws = batch;
      batch = [];
      if (raws.length === 0) return 0;
      try {
        for (const o of await this.enqueueBatch(raws)) handlers.onOutcome(o);
        return 0;
      } catch (err) {
        handlers.onError(null, err);
        return raws.length;
      }
    };
    for await (const result of results) {
      if (!result.ok) {
        handlers.onError(result.source, result.error);
        continue;
      }
      if (result.notice) handlers.onNotice?.(result.article.source, result.notice);
      batch.push(result.article);
      if (batch.length >= BATCH) {
        const left = await flush();
        if (left > 0) return left;
      }
    }
    return flush();
  }

  private async enqueueBatch(raws: readonly RawArticle[]): Promise<QueueOutcome[]> {
    try {
      const keyed = raws.map((raw) => ({ raw, key: contentId(raw.raw) }));
      const out = new Map<number, QueueOutcome>();
      const fresh: { i: number; key: string; raw: RawArticle }[] = [];
      for (const [i, { raw, key }] of keyed.entries()) {
        const known = await this.store.findArticle({ contentId: key });
        if (known)
          out.set(i, { status: "unchanged", id: known.id, source: raw.source, storyId: known.storyId });
        else fresh.push({ i, key, raw });
      }
      const added = await this.store.jobs.enqueueKeys(
        fresh.map(({ key, raw }) => ({ key, payload: JSON.stringify(raw) })),
      );
      // A key twice in one batch is queued once: its second occurrence is already queued.
      const claimed = new Set<string>();
      for (const { i, key, raw } of fresh) {
        const first = added.has(key) && !claimed.has(key);
        claimed.add(key);
        out.set(i, {
          status: first ? "queued" : "already-queued",
          id: key,
          source: raw.source,
          storyId: null,
        });
      }
      return raws.map((_, i) => out.get(i)!);
    } catch (err) {
      if (isDomainError(err)) throw err;
      throw new DomainError("E_STORE", { detail: (err as Error).message }, { cause: err });
    }
  }
}
