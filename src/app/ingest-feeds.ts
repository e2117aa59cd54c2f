/**
 * @module
 * Feeds into the archive: fetch a feed (conditionally, with the stored ETag and Last-Modified),
 * turn each new item into an article (its full text, else its page, else its summary), ingest it,
 * and record the feed's state. A failing feed gets a coded error and exponential backoff; the
 * other feeds go on. Nothing here prints: progress goes to the caller's callbacks. The articles go
 * to a sink: the archive, which analyses and stores them now, or a PostgreSQL archive's job queue
 * (ingest-queue.ts), whose workers do.
 */
import type { RawArticle } from "../core/doc/document.js";
import { DomainError, isDomainError } from "../core/errors.js";
import { decodeText } from "../ingest/decode.js";
import type { Fetcher } from "../ingest/feeds/fetch.js";
import { fullTextArticle, pageArticle, summaryArticle } from "../ingest/feeds/items.js";
import { type FeedItem, parseFeed } from "../ingest/feeds/parse.js";
import type { FeedRecord, Store } from "../storage/store.js";
import type { IngestOutcome } from "./archive.js";

/** What a sink reports of one article: at least its status (`inserted`, `queued`, `unchanged`…). */
export interface SinkOutcome {
  readonly status: string;
}

/** Where a feed's articles go: the Archive (archive.ts), or the workers' ArticleQueue (ingest-queue.ts). */
export interface ArticleSink<O extends SinkOutcome = IngestOutcome> {
  readonly store: Store;
  ingest(raw: RawArticle): Promise<O>;
}

export interface FeedEvents<O extends SinkOutcome = IngestOutcome> {
  onArticle?(outcome: O): void;
  onItemError?(source: string, err: unknown): void;
}

/** Statuses that count as new articles in a feed run. */
const NEW = new Set(["inserted", "updated", "queued"]);

export interface FeedRun {
  readonly url: string;
  readonly notModified: boolean;
  readonly items: number;
  readonly inserted: number;
  readonly failed: number;
}

export interface PollOptions {
  /** Seconds between successful polls of one feed. */
  readonly intervalSec: number;
  /** Read each teaser item's page (robots.txt permitting). */
  readonly fetchPages?: boolean;
  readonly now?: () => Date;
}

/** Longest backoff after repeated failures. */
const MAX_BACKOFF_SEC = 24 * 3600;

/** Next poll after `failures` consecutive failures: interval × 2^failures, capped at a day. */
export function backoffSeconds(intervalSec: number, failures: number): number {
  return Math.min(intervalSec * 2 ** Math.min(failures, 20), MAX_BACKOFF_SEC);
}

/** Fetches one feed and ingests its new items; throws a coded error when the feed itself fails. */
export async function ingestFeed<O extends SinkOutcome = IngestOutcome>(
  sink: ArticleSink<O>,
  fetcher: Fetcher,
  url: string,
  options: { fetchPages?: boolean; conditional?: Pick<FeedRecord, "etag" | "lastModified"> },
  events: FeedEvents<O> = {},
): Promise<FeedRun & { etag: string | null; lastModified: string | null; title: string | null }> {
  const res = await fetcher.get(
    url,
    options.conditional ?? {},
    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5",
  );
  if (res.notModified) {
    return {
      url,
      notModified: true,
      items: 0,
      inserted: 0,
      failed: 0,
      etag: options.conditional?.etag ?? null,
      lastModified: options.conditional?.lastModified ?? null,
      title: null,
    };
  }
  let body: string;
  try {
    body = decodeText(res.body, url);
  } catch (err) {
    throw new DomainError("E_FEED_PARSE", { url, detail: (err as Error).message }, { cause: err });
  }
  const feed = parseFeed(body, url);
  let inserted = 0;
  let failed = 0;
  for (const item of feed.items) {
    try {
      if (item.url && (await sink.store.findArticle({ url: item.url })) && !item.content) continue;
      const raw = await itemArticle(fetcher, item, feed, url, options.fetchPages ?? true);
      if (!raw) throw new DomainError("E_INPUT_NO_TEXT", { path: item.url ?? item.id ?? url });
      const outcome = await sink.ingest(raw);
      if (NEW.has(outcome.status)) inserted += 1;
      events.onArticle?.(outcome);
    } catch (err) {
      failed += 1;
      events.onItemError?.(item.url ?? url, err);
    }
  }
  return {
    url,
    notModified: false,
    items: feed.items.length,
    inserted,
    failed,
    etag: res.etag,
    lastModified: res.lastModified,
    title: feed.title,
  };
}

async function itemArticle(
  fetcher: Fetcher,
  item: FeedItem,
  feed: Parameters<typeof fullTextArticle>[1],
  feedUrl: string,
  fetchPages: boolean,
): Promise<RawArticle | null> {
  const full = fullTextArticle(item, feed, feedUrl);
  if (full) return full;
  if (fetchPages && item.url) {
    try {
      const page = await fetcher.get(item.url, {}, "text/html, application/xhtml+xml;q=0.9, */*;q=0.5");
      const article = pageArticle(item, feed, page.url, decodeText(page.body, item.url));
      if (article) return article;
    } catch (err) {
      // A page that cannot be read falls back to the summary; robots.txt refusals included.
      if (!isDomainError(err)) throw err;
    }
  }
  return summaryArticle(item, feed, feedUrl);
}

/** Polls every due feed once; each feed's failure is recorded and does not stop the others. */
export async function pollFeeds<O extends SinkOutcome = IngestOutcome>(
  sink: ArticleSink<O>,
  fetcher: Fetcher,
  options: PollOptions,
  events: FeedEvents<O> & { onFeed?(run: FeedRun): void; onFeedError?(url: string, err: unknown): void } = {},
): Promise<FeedRun[]> {
  const now = options.now ?? (() => new Date());
  const runs: FeedRun[] = [];
  for (const feed of await sink.store.listFeeds()) {
    const at = now();
    if (feed.nextFetch && Date.parse(feed.nextFetch) > at.getTime()) continue;
    try {
      const run = await ingestFeed(
        sink,
        fetcher,
        feed.url,
        { fetchPages: options.fetchPages ?? true, conditional: feed },
        events,
      );
      await sink.store.updateFeed(feed.url, {
        etag: run.etag,
        lastModified: run.lastModified,
        lastFetched: at.toISOString(),
        nextFetch: new Date(at.getTime() + options.intervalSec * 1000).toISOString(),
        failures: 0,
        lastError: null,
        ...(run.title && !feed.title ? { title: run.title } : {}),
      });
      runs.push(run);
      events.onFeed?.(run);
    } catch (err) {
      const failures = feed.failures + 1;
      await sink.store.updateFeed(feed.url, {
        lastFetched: at.toISOString(),
        nextFetch: new Date(
          at.getTime() + backoffSeconds(options.intervalSec, failures) * 1000,
        ).toISOString(),
        failures,
        lastError: err instanceof Error ? err.message : String(err),
      });
      events.onFeedError?.(feed.url, err);
    }
  }
  return runs;
}
