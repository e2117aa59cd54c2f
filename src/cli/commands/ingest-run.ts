/**
 * @module
 * The work of `kabar ingest`: analyse the inputs (in worker threads) into the archive, then read
 * any feeds, then rebuild the touched stories' dossiers. Each article is reported only after its
 * commit. In enqueue mode (`--enqueue` or KABAR_ENQUEUE=1, PostgreSQL only) the inputs and feed
 * items go to the job queue instead, for `kabar worker` processes to analyse (ingest-enqueue.ts).
 */
import { AnalyzePool } from "../../app/analyze-pool.js";
import { Archive, type IngestOutcome } from "../../app/archive.js";
import { openStore } from "../../app/archive-open.js";
import { makeContext } from "../../app/context.js";
import { type ArticleSink, ingestFeed, type SinkOutcome } from "../../app/ingest-feeds.js";
import { ingestStream } from "../../app/ingest-stream.js";
import { cleanPipeline, defaultPipeline } from "../../app/pipeline.js";
import { Fetcher } from "../../ingest/feeds/fetch.js";
import { readInputs } from "../../ingest/read-inputs.js";
import { EXIT, printNotice } from "../output.js";
import type { IngestFlags } from "./ingest.js";
import { enqueueInputs, enqueueMode, enqueueRefusal, openQueue, QueueTally } from "./ingest-enqueue.js";
import { countArticles, type ProgressLine, progressLine } from "./progress.js";
import { Reporter } from "./report.js";

const usage = (text: string): number => {
  process.stderr.write(`kabar: ${text}\n`);
  return EXIT.usage;
};

export async function ingest(paths: string[], flags: IngestFlags): Promise<number> {
  if (paths.length === 0 && !flags.feed?.length) {
    return usage("nothing to ingest: name files, folders, - or --feed <url>");
  }
  const enqueue = enqueueMode(flags.enqueue);
  if (typeof enqueue === "string") return usage(enqueue);
  if (enqueue) {
    const refused = enqueueRefusal(flags.db, "kabar ingest");
    if (refused) return usage(refused);
    if (flags.profile !== "full")
      return usage(
        "--profile chooses this process's analysis; with --enqueue the workers analyse (full profile)",
      );
  }
  const bar = progressLine(enqueue ? "enqueue" : "ingest", paths.length ? await countArticles(paths) : 0);
  const reporter = new Reporter(!!flags.json, bar);
  return enqueue ? toQueue(paths, flags, reporter, bar) : toArchive(paths, flags, reporter, bar);
}

/** Enqueue mode: every article into the job queue; nothing analysed here. */
async function toQueue(
  paths: string[],
  flags: IngestFlags,
  reporter: Reporter,
  bar: ProgressLine,
): Promise<number> {
  const queue = await openQueue(flags.db);
  const tally = new QueueTally(reporter, bar);
  try {
    if (paths.length) await enqueueInputs(queue, paths, flags.maxBytes, tally);
    bar.stop();
    await readFeeds(queue, flags, tally.article, tally.error);
  } finally {
    bar.stop();
    await queue.store.close();
  }
  tally.summary();
  return tally.exitCode();
}

async function toArchive(
  paths: string[],
  flags: IngestFlags,
  reporter: Reporter,
  bar: ProgressLine,
): Promise<number> {
  const maxBytes = flags.maxBytes;
  const store = await openStore(flags.db);
  const counts = { inserted: 0, updated: 0, unchanged: 0, failed: 0 };
  let stories = 0;
  try {
    const archive = await Archive.open(store, {
      ctx: makeContext({ maxInputBytes: maxBytes }),
      pipeline: flags.profile === "clean" ? cleanPipeline() : defaultPipeline(),
    });
    const count = (o: IngestOutcome): void => {
      counts[o.status] += 1;
      reporter.article(o);
    };
    const failed = (source: string | null, err: unknown): void => {
      counts.failed += 1;
      reporter.error(source, err);
    };
    // Analysis runs ahead on the other cores while this thread stores and clusters in input order.
    const pool =
      flags.workers > 0 ? new AnalyzePool(flags.workers, flags.profile, { maxInputBytes: maxBytes }) : null;
    try {
      await ingestStream(
        archive,
        readInputs(paths, { maxBytes }),
        {
          onOutcome: (o) => {
            count(o);
            bar.tick(o.source);
          },
          onError: (source, err) => {
            failed(source, err);
            bar.tick(source);
          },
          onNotice: (_source, notice) => printNotice(notice),
        },
        pool,
      );
    } finally {
      await pool?.close();
    }
    bar.stop();
    await readFeeds(archive, flags, count, failed);
    stories = flags.dossiers ? await archive.refreshTouched() : archive.touched.size;
  } finally {
    bar.stop();
    await store.close();
  }
  reporter.summary(
    { ...counts, stories },
    `${counts.inserted} inserted, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed; ${stories} stories touched`,
  );
  const read = counts.inserted + counts.updated + counts.unchanged;
  if (read === 0 && counts.failed > 0) return EXIT.nothingRead;
  return counts.failed > 0 ? EXIT.someInputsFailed : EXIT.ok;
}

/**
 * Reads each `--feed` now and registers it for `kabar watch`, its items going to the sink: the
 * archive, or the job queue in enqueue mode. A failing feed is reported and the others go on.
 */
async function readFeeds<O extends SinkOutcome>(
  sink: ArticleSink<O>,
  flags: IngestFlags,
  onArticle: (o: O) => void,
  onError: (source: string | null, err: unknown) => void,
): Promise<void> {
  if (!flags.feed?.length) return;
  const fetcher = new Fetcher({
    allowPrivate: !!flags.allowPrivate,
    maxBytes: flags.maxBytes,
    timeoutMs: flags.timeout,
  });
  try {
    for (const url of flags.feed) {
      try {
        await sink.store.addFeed(url);
        const run = await ingestFeed(
          sink,
          fetcher,
          url,
          { fetchPages: flags.pages },
          { onArticle, onItemError: onError },
        );
        await sink.store.updateFeed(url, {
          etag: run.etag,
          lastModified: run.lastModified,
          lastFetched: new Date().toISOString(),
          failures: 0,
          lastError: null,
          ...(run.title ? { title: run.title } : {}),
        });
      } catch (err) {
        onError(url, err);
      }
    }
  } finally {
    await fetcher.close();
  }
}
