/**
 * @module
 * `kabar watch`: polls the registered feeds (conditional GET, per-feed backoff, robots.txt) and
 * ingests new items until interrupted, or once with `--once`. `--add`/`--remove`/`--list` manage
 * the feed list. `--json` prints JSON lines (see report.ts). With `--enqueue` (or KABAR_ENQUEUE=1)
 * on a PostgreSQL archive, new items are queued for `kabar worker` processes instead of analysed
 * here. The work is in watch-run.ts, imported when the command runs.
 */
import type { Command } from "commander";
import { positiveInt } from "./parse.js";

export interface WatchFlags {
  db?: string;
  add?: string[];
  remove?: string[];
  list?: boolean;
  once?: boolean;
  interval: number;
  allowPrivate?: boolean;
  pages: boolean;
  timeout: number;
  maxBytes: number;
  json?: boolean;
  /** Undefined when neither --enqueue nor --no-enqueue is given: KABAR_ENQUEUE decides. */
  enqueue?: boolean;
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
    .option("--interval <seconds>", "time between polls of one feed", positiveInt, 900)
    .option("--allow-private", "allow fetching from loopback and private addresses")
    .option("--no-pages", "do not fetch article pages for teaser items")
    .option("--timeout <ms>", "time limit per HTTP request", positiveInt, 20000)
    .option("--max-bytes <n>", "largest download accepted, in bytes", positiveInt, 10 * 1024 * 1024)
    .option("--json", "print JSON: the feed list as an array; articles, failures and polls as JSON lines")
    .option(
      "--enqueue",
      "PostgreSQL archive: only queue new items for `kabar worker` processes (default: $KABAR_ENQUEUE)",
    )
    .option("--no-enqueue", "analyse here even when KABAR_ENQUEUE=1")
    .action(async (flags: WatchFlags) => {
      const { watch } = await import("./watch-run.js");
      process.exitCode = await watch(flags);
    });
}
