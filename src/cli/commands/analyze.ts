/**
 * @module
 * `kabar analyze <paths…>`: files and folders in, one dossier out (JSON, Markdown, HTML). Only the
 * options live here; the pipeline is imported when the command runs (analyze-run.ts), so other
 * commands and `--help` do not pay for loading the language models.
 */
import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { DEFAULT_MAX_BYTES } from "../../ingest/limits.js";
import { countInt, positiveInt } from "./parse.js";

export interface AnalyzeFlags {
  json?: string;
  md?: string;
  html?: string;
  maxBytes: number;
  workers: number;
}

/**
 * Same as app/analyze-pool's defaultWorkerCount, without loading the pipeline for `--help`, but at
 * least one: a worker is what gives each document a time budget, even on a single core.
 */
const defaultWorkers = (): number => Math.max(1, availableParallelism() - 1);

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description("analyse articles (files, folders, - for stdin) as one story and write its dossier")
    .argument(
      "<paths...>",
      "files or folders of articles (.txt, .html, .json, .jsonl), or - for standard input",
    )
    .option("--json <file>", "write the dossier as JSON (kabar.dossier/1); - for stdout")
    .option("--md <file>", "write the dossier as Markdown")
    .option("--html <file>", "write the dossier as one self-contained HTML page")
    .option("--max-bytes <n>", "largest input file accepted, in bytes", positiveInt, DEFAULT_MAX_BYTES)
    .option(
      "--workers <n>",
      "worker threads for analysis, each document within 15 s (0: analyse in this thread, no time limit)",
      countInt,
      defaultWorkers(),
    )
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      const { analyze } = await import("./analyze-run.js");
      process.exitCode = await analyze(paths, flags);
    });
}
