/**
 * @module
 * The work of `kabar watch`: manage the feed list, or poll the due feeds (once, or until Ctrl-C)
 * and ingest what is new: into the archive, or in enqueue mode into the job queue of a PostgreSQL
 * archive's workers (ingest-enqueue.ts), with no analysis, clusterer or dossier here.
 */
import { Archive, type IngestOutcome } from "../../app/archive.js";
import { openStore } from "../../app/archive-open.js";
import { type ArticleSink, pollFeeds } from "../../app/ingest-feeds.js";
import type { QueueOutcome } from "../../app/ingest-queue.js";
import { Fetcher } from "../../ingest/feeds/fetch.js";
import type { Store } from "../../storage/store.js";
import { EXIT } from "../output.js";
import { enqueueMode, enqueueRefusal, openQueue } from "./ingest-enqueue.js";
import { Reporter } from "./report.js";
import type { WatchFlags } from "./watch.js";

export async function watch(flags: WatchFlags): Promise<number> {
  // Checked before the database is opened: a usage error leaves nothing behind.
  const bad = (flags.add ?? []).find((url) => !/^https?:\/\/[^/]/i.test(url));
  if (bad !== undefined) {
    process.stderr.write(`kabar: not an http(s) feed URL: ${bad}\n`);
    return EXIT.usage;
  }
  const enqueue = enqueueMode(flags.enqueue);
  const refused =
    typeof enqueue === "string" ? enqueue : enqueue ? enqueueRefusal(flags.db, "kabar watch") : null;
  if (refused) {
    process.stderr.write(`kabar: ${refused}\n`);
    return EXIT.usage;
  }
  const queue = enqueue ? await openQueue(flags.db) : null;
  const store: Store = queue ? queue.store : await openStore(flags.db);
  let stop = false;
  const onSignal = (): void => {
    stop = true;
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const fetcher = new Fetcher({
    allowPrivate: !!flags.allowPrivate,
    timeoutMs: flags.timeout,
    maxBytes: flags.maxBytes,
  });
  const reporter = new Reporter(!!flags.json);
  let failures = 0;
  try {
    for (const url of flags.add ?? []) await store.addFeed(url);
    for (const url of flags.remove ?? []) await store.removeFeed(url);
    if (flags.list) {
      const feeds = await store.listFeeds();
      if (flags.json) process.stdout.write(`${JSON.stringify(feeds, null, 2)}\n`);
      else
        for (const f of feeds) {
          process.stdout.write(
            `${f.url}\t${f.title ?? "-"}\tlast ${f.lastFetched ?? "never"}\tnext ${f.nextFetch ?? "now"}\tfailures ${f.failures}${f.lastError ? `\t${f.lastError}` : ""}\n`,
          );
        }
      if (feeds.length === 0)
        process.stderr.write("kabar: no feeds registered; add one with `kabar watch --add <url>`\n");
      return EXIT.ok;
    }
    if ((flags.add?.length || flags.remove?.length) && !flags.once) return EXIT.ok;
    // The queue needs no clusterer: the workers' placer keeps it.
    const sink: ArticleSink<IngestOutcome | QueueOutcome> = queue ?? (await Archive.open(store));
    if ((await store.listFeeds()).length === 0)
      process.stderr.write("kabar: no feeds registered; add one with `kabar watch --add <url>`\n");
    do {
      await pollFeeds(
        sink,
        fetcher,
        { intervalSec: flags.interval, fetchPages: flags.pages },
        {
          onArticle: (o) => reporter.article(o),
          onItemError: (source, err) => reporter.error(source, err),
          onFeed: (run) => reporter.feed(run),
          onFeedError: (url, err) => {
            failures += 1;
            reporter.error(url, err);
          },
        },
      );
      if (sink instanceof Archive) await sink.refreshTouched();
      if (flags.once || stop) break;
      // Sleep in short steps so Ctrl-C stops promptly.
      for (let waited = 0; waited < Math.min(flags.interval, 60) && !stop; waited++) await sleep(1000);
    } while (!stop);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await fetcher.close();
    await store.close();
  }
  return failures > 0 ? EXIT.someInputsFailed : EXIT.ok;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
