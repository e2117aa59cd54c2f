/**
 * @module
 * `kabar stories`: the archive's recent stories with article counts, outlets, languages and date
 * span; `--json` for machines.
 */
import type { Command } from "commander";
import { EXIT } from "../output.js";
import { isoDate, positiveInt } from "./parse.js";

interface StoriesFlags {
  db?: string;
  limit: number;
  since?: string;
  json?: boolean;
}

export function registerStories(program: Command): void {
  program
    .command("stories")
    .description("list the archive's stories, most recently updated first")
    .option("--db <file>", "archive database (default: $KABAR_DB or ./kabar.db)")
    .option("--limit <n>", "how many stories", positiveInt, 20)
    .option("--since <date>", "only stories updated at or after this ISO date", isoDate)
    .option("--json", "print JSON")
    .action(async (flags: StoriesFlags) => {
      // Imported here, not at the top: `kabar --help` and other commands need no database driver.
      const { openStore } = await import("../../app/archive-open.js");
      const store = await openStore(flags.db);
      try {
        const stories = await store.listStories({
          limit: flags.limit,
          ...(flags.since ? { since: flags.since } : {}),
        });
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(stories, null, 2)}\n`);
        } else {
          for (const s of stories) {
            const span =
              s.firstPublished === s.lastPublished
                ? (s.firstPublished ?? "undated")
                : `${s.firstPublished ?? "?"} – ${s.lastPublished ?? "?"}`;
            process.stdout.write(
              `${s.id}\t${s.articleCount} article(s)\t${span}\t${s.outlets.join(", ") || "-"}\t${s.title ?? "(untitled)"}\n`,
            );
          }
          if (stories.length === 0) process.stderr.write("kabar: no stories yet; run `kabar ingest` first\n");
        }
      } finally {
        await store.close();
      }
      process.exitCode = EXIT.ok;
    });
}
