/**
 * @module
 * `kabar watch`: polls the registered feeds (conditional GET, per-feed backoff, robots.txt) and
 * ingests new items until interrupted, or once with `--once`. `--add`/`--remove`/`--list` manage
 * the feed list.
 */
import type { Command } from "commander";
import { Archive } from "../../app/archive.js";
import { openStore } from "../../app/archive-open.js";
import { pollFeeds } from "../../app/ingest-feeds.js";
import { Fetcher } from "../../stages/ingest/feeds/fetch.js";
import { EXIT, printError } from "../output.js";

interface WatchFlags {
  db?: string;
  add?: string[];
  remove?: string[];
  list?: boolean;
  once?: boolean;
  interval: string;
  allowPrivate?: boolean;
  pages: boolean;
  timeout: string;
  maxBytes: string;
}

export function registerWatch(program: Command): void {
  program
    .command("watch")
    .description("poll registered feeds and ingest new articles (Ctrl-C to stop)")
    .option("--db <file>", "archive database (default: $KABAR_DB or ./kabar.db)")
    .option("--add <url...>", "register feed URL(s)")
    .option("--remove <url...>", "unregister feed URL(s)")
    .option("--list", "list registered feeds and their state, then exit")
    .option("--once", "poll every due feed once, then exit")
    .option("--interval <seconds>", "time between polls of one feed", "900")
    .option("--allow-private", "allow fetching from loopback and private addresses")
    .option("--no-pages", "do not fetch article pages for teaser items")
    .option("--timeout <ms>", "time limit per HTTP request", "20000")
    .option("--max-bytes <n>", "largest download accepted, in bytes", String(10 * 1024 * 1024))
    .action(async (flags: WatchFlags) => {
      process.exitCode = await watch(flags);
    });
}

async function watch(flags: WatchFlags): Promise<number> {
  const store = await openStore(flags.db);
  let stop = false;
  const onSignal = (): void => {
    stop = true;
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const fetcher = new Fetcher({
    allowPrivate: !!flags.allowPrivate,
    timeoutMs: Number(flags.timeout),
    maxBytes: Number(flags.maxBytes),
  });
  let failures = 0;
  try {
    for (const url of flags.add ?? []) {
      if (!/^https?:\/\/[^/]/i.test(url)) {
        process.stderr.write(`kabar: not an http(s) feed URL: ${url}\n`);
        return EXIT.usage;
      }
      await store.addFeed(url);
    }
    for (const url of flags.remove ?? []) await store.removeFeed(url);
    if (flags.list) {
      for (const f of await store.listFeeds()) {
        process.stdout.write(
          `${f.url}\t${f.title ?? "-"}\tlast ${f.lastFetched ?? "never"}\tnext ${f.nextFetch ?? "now"}\tfailures ${f.failures}${f.lastError ? `\t${f.lastError}` : ""}\n`,
        );
      }
      return EXIT.ok;
    }
    if ((flags.add?.length || flags.remove?.length) && !flags.once) return EXIT.ok;
    const archive = await Archive.open(store);
    const interval = Number(flags.interval);
    do {
      await pollFeeds(
        archive,
        fetcher,
        { intervalSec: interval, fetchPages: flags.pages },
        {
          onArticle: (o) => process.stdout.write(`${o.status}\t${o.id}\t${o.storyId ?? "-"}\t${o.source}\n`),
          onItemError: (source, err) => printError(source, err),
          onFeed: (run) =>
            process.stderr.write(
              `kabar: ${run.url}: ${run.notModified ? "not modified" : `${run.items} items, ${run.inserted} new`}\n`,
            ),
          onFeedError: (url, err) => {
            failures += 1;
            printError(url, err);
          },
        },
      );
      await archive.refreshTouched();
      if (flags.once || stop) break;
      // Sleep in short steps so Ctrl-C stops promptly.
      for (let waited = 0; waited < Math.min(interval, 60) && !stop; waited++) await sleep(1000);
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
