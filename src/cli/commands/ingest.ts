/**
 * @module
 * `kabar ingest <paths…>` and `kabar ingest --feed <url>`: articles into the archive, each analysed,
 * committed on its own, and placed in a story. One stdout line per committed article
 * (`status<TAB>article<TAB>story<TAB>source`) is printed only after its commit, so what a killed run
 * reported is always in the database.
 */
import type { Command } from "commander";
import { AnalyzePool, defaultWorkerCount } from "../../app/analyze-pool.js";
import { Archive, type IngestOutcome } from "../../app/archive.js";
import { openStore } from "../../app/archive-open.js";
import { makeContext } from "../../app/context.js";
import { ingestFeed } from "../../app/ingest-feeds.js";
import { ingestStream } from "../../app/ingest-stream.js";
import { cleanPipeline, defaultPipeline } from "../../app/pipeline.js";
import { Fetcher } from "../../stages/ingest/feeds/fetch.js";
import { readInputs } from "../../stages/ingest/read-inputs.js";
import { EXIT, printError, progress } from "../output.js";

interface IngestFlags {
  db?: string;
  feed?: string[];
  allowPrivate?: boolean;
  pages: boolean;
  dossiers: boolean;
  maxBytes: string;
  timeout: string;
  profile: string;
  workers: string;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description(
      "analyse articles (files, folders, -, or feeds) into the archive and group them into stories",
    )
    .argument(
      "[paths...]",
      "files or folders of articles (.txt, .html, .json, .jsonl), or - for standard input",
    )
    .option("--db <file>", "archive database (default: $KABAR_DB or ./kabar.db)")
    .option("--feed <url...>", "RSS, Atom or JSON Feed URL(s) to read now and register for `kabar watch`")
    .option("--allow-private", "allow fetching from loopback and private addresses")
    .option("--no-pages", "do not fetch article pages for feed items that carry only a teaser")
    .option("--no-dossiers", "do not rebuild the dossiers of touched stories at the end")
    .option("--max-bytes <n>", "largest input file or download accepted, in bytes", String(20 * 1024 * 1024))
    .option("--timeout <ms>", "time limit per HTTP request", "20000")
    .option(
      "--workers <n>",
      "worker threads for analysis (0: analyse in this thread)",
      String(defaultWorkerCount()),
    )
    .option(
      "--profile <name>",
      "analysis: full, or clean (cleaning and segmentation only, for bulk loads)",
      "full",
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      process.exitCode = await ingest(paths, flags);
    });
}

function report(o: IngestOutcome): void {
  process.stdout.write(`${o.status}\t${o.id}\t${o.storyId ?? "-"}\t${o.source}\n`);
}

async function ingest(paths: string[], flags: IngestFlags): Promise<number> {
  if (paths.length === 0 && !flags.feed?.length) {
    process.stderr.write("kabar: nothing to ingest: name files, folders, - or --feed <url>\n");
    return EXIT.usage;
  }
  if (flags.profile !== "full" && flags.profile !== "clean") {
    process.stderr.write(`kabar: unknown --profile ${flags.profile}: use full or clean\n`);
    return EXIT.usage;
  }
  const maxBytes = Number(flags.maxBytes);
  const store = await openStore(flags.db);
  const counts = { inserted: 0, updated: 0, unchanged: 0, failed: 0 };
  try {
    const archive = await Archive.open(store, {
      ctx: makeContext({ maxInputBytes: maxBytes }),
      pipeline: flags.profile === "clean" ? cleanPipeline() : defaultPipeline(),
    });
    const count = (o: IngestOutcome): void => {
      counts[o.status] += 1;
      report(o);
    };
    const bar = progress("ingest");
    const workers = Number(flags.workers);
    // Analysis runs ahead on the other cores while this thread stores and clusters in input order.
    const pool = workers > 0 ? new AnalyzePool(workers, flags.profile, { maxInputBytes: maxBytes }) : null;
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
            counts.failed += 1;
            printError(source, err);
          },
        },
        pool,
      );
    } finally {
      await pool?.close();
    }
    bar.stop();
    if (flags.feed?.length) {
      const fetcher = new Fetcher({
        allowPrivate: !!flags.allowPrivate,
        maxBytes,
        timeoutMs: Number(flags.timeout),
      });
      try {
        for (const url of flags.feed) {
          try {
            await store.addFeed(url);
            const run = await ingestFeed(
              archive,
              fetcher,
              url,
              { fetchPages: flags.pages },
              {
                onArticle: count,
                onItemError: (source, err) => {
                  counts.failed += 1;
                  printError(source, err);
                },
              },
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
            counts.failed += 1;
            printError(url, err);
          }
        }
      } finally {
        await fetcher.close();
      }
    }
    const stories = flags.dossiers ? await archive.refreshTouched() : archive.touched.size;
    process.stderr.write(
      `kabar: ${counts.inserted} inserted, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed; ${stories} stories touched\n`,
    );
  } finally {
    await store.close();
  }
  const read = counts.inserted + counts.updated + counts.unchanged;
  if (read === 0 && counts.failed > 0) return EXIT.nothingRead;
  return counts.failed > 0 ? EXIT.someInputsFailed : EXIT.ok;
}
