/**
 * @module
 * `kabar ingest <paths…>` and `kabar ingest --feed <url>`: articles into the archive, each analysed,
 * committed on its own, and placed in a story. One stdout line per committed article
 * (`status<TAB>article<TAB>story<TAB>source`) is printed only after its commit, so what a killed run
 * reported is always in the database. `--json` makes those lines JSON (see ingest-run.ts). With
 * `--enqueue` (or KABAR_ENQUEUE=1) on a PostgreSQL archive, the articles are queued for `kabar
 * worker` processes instead (status `queued`), and the command returns without analysing. The
 * pipeline is imported only when the command runs.
 */
import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { DEFAULT_MAX_BYTES } from "../../ingest/limits.js";
import { countInt, oneOf, positiveInt } from "./parse.js";

export interface IngestFlags {
  db?: string;
  feed?: string[];
  allowPrivate?: boolean;
  pages: boolean;
  dossiers: boolean;
  maxBytes: number;
  timeout: number;
  profile: "full" | "clean";
  workers: number;
  json?: boolean;
  /** Undefined when neither --enqueue nor --no-enqueue is given: KABAR_ENQUEUE decides. */
  enqueue?: boolean;
}

/** Same as app/analyze-pool's defaultWorkerCount, without loading the pipeline for `--help`. */
const defaultWorkers = (): number => Math.max(0, availableParallelism() - 1);

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
    .option(
      "--max-bytes <n>",
      "largest input file or download accepted, in bytes",
      positiveInt,
      DEFAULT_MAX_BYTES,
    )
    .option("--timeout <ms>", "time limit per HTTP request", positiveInt, 20000)
    .option(
      "--workers <n>",
      "worker threads for analysis (0: analyse in this thread)",
      countInt,
      defaultWorkers(),
    )
    .option(
      "--profile <name>",
      "analysis: full, or clean (cleaning and segmentation only, for bulk loads)",
      oneOf("full", "clean"),
      "full",
    )
    .option("--json", "print one JSON object per line: each article, each failure, then the totals")
    .option(
      "--enqueue",
      "PostgreSQL archive: only queue the articles for `kabar worker` processes (default: $KABAR_ENQUEUE)",
    )
    .option("--no-enqueue", "analyse here even when KABAR_ENQUEUE=1")
    .action(async (paths: string[], flags: IngestFlags) => {
      const { ingest } = await import("./ingest-run.js");
      process.exitCode = await ingest(paths, flags);
    });
}
