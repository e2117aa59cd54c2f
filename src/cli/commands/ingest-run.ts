/**
 * @module
 * The work of `kabar ingest`: analyse the inputs (in worker threads) into the archive, then read
 * any feeds, then rebuild the touched stories' dossiers. Each article is reported only after its
 * commit.
 */
import { AnalyzePool } from "../../app/analyze-pool.js";
import { Archive, type IngestOutcome } from "../../app/archive.js";
import { openStore } from "../../app/archive-open.js";
import { makeContext } from "../../app/context.js";
import { ingestFeed } from "../../app/ingest-feeds.js";
import { ingestStream } from "../../app/ingest-stream.js";
import { cleanPipeline, defaultPipeline } from "../../app/pipeline.js";
import { Fetcher } from "../../ingest/feeds/fetch.js";
import { readInputs } from "../../ingest/read-inputs.js";
import { EXIT, printNotice } from "../output.js";
import type { IngestFlags } from "./ingest.js";
import { countArticles, progressLine } from "./progress.js";
import { Reporter } from "./report.js";

export async function ingest(paths: string[], flags: IngestFlags): Promise<number> {
  if (paths.length === 0 && !flags.feed?.length) {
    process.stderr.write("kabar: nothing to ingest: name files, folders, - or --feed <url>\n");
    return EXIT.usage;
  }
  const maxBytes = flags.maxBytes;
  const bar = progressLine("ingest", paths.length ? await countArticles(paths) : 0);
  const reporter = new Reporter(!!flags.json, bar);
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
    if (flags.feed?.length) {
      const fetcher = new Fetcher({ allowPrivate: !!flags.allowPrivate, maxBytes, timeoutMs: flags.timeout });
      try {
        for (const url of flags.feed) {
          try {
            await store.addFeed(url);
            const run = await ingestFeed(
              archive,
              fetcher,
              url,
              { fetchPages: flags.pages },
              { onArticle: count, onItemError: failed },
            );
            await store.updateFeed(url, {
              etag: run.etag,
              lastModified: run.lastModified,
              lastFetched: new Date().toISOString(),
              failures: 0,
              lastError: null,
              ...(run.title ? { title: run.title } : {}),
            });
          } catch (err) {
            failed(url, err);
          }
        }
      } finally {
        await fetcher.close();
      }
    }
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
