/**
 * @module
 * `kabar search "<query>"`: ranked full-text search over the archive (Indonesian inflections
 * included), with snippets; `--json` for machines. No match is an answer, not a failure: exit 0.
 */
import type { Command } from "commander";
import { EXIT } from "../output.js";
import { positiveInt } from "./parse.js";

interface SearchFlags {
  db?: string;
  limit: number;
  lang?: string;
  json?: boolean;
}

export function registerSearch(program: Command): void {
  program
    .command("search")
    .description("search the archive's articles")
    .argument("<query>", "words to find (every word must match)")
    .option("--db <file>", "archive database (default: $KABAR_DB or ./kabar.db)")
    .option("--limit <n>", "how many results", positiveInt, 10)
    .option("--lang <code>", "only articles in this language")
    .option("--json", "print JSON")
    .action(async (query: string, flags: SearchFlags) => {
      // Imported here, not at the top, so a search pays only for the database driver.
      const { openStore } = await import("../../app/archive-open.js");
      const store = await openStore(flags.db);
      try {
        const hits = await store.search(query, {
          limit: flags.limit,
          ...(flags.lang ? { language: flags.lang } : {}),
        });
        if (flags.json) {
          const out = hits.map((h) => ({
            id: h.article.id,
            story: h.article.storyId,
            title: h.article.title,
            outlet: h.article.outlet,
            url: h.article.url,
            published: h.article.published,
            language: h.article.language,
            score: h.score,
            snippet: h.snippet,
          }));
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        } else {
          hits.forEach((h, i) => {
            const a = h.article;
            process.stdout.write(
              `${i + 1}. ${a.title ?? "(untitled)"} — ${a.outlet ?? a.source} ${a.published ?? ""}\n   ${h.snippet.replace(/\s+/g, " ")}\n   article ${a.id}  story ${a.storyId ?? "-"}\n`,
            );
          });
          if (hits.length === 0) process.stderr.write("kabar: no matches\n");
        }
        process.exitCode = EXIT.ok;
      } finally {
        await store.close();
      }
    });
}
