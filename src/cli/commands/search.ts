/**
 * @module
 * `kabar search "<query>"`: ranked full-text search over the archive (Indonesian inflections
 * included), with snippets; `--json` for machines.
 */
import type { Command } from "commander";
import { openStore } from "../../app/archive-open.js";
import { EXIT } from "../output.js";

interface SearchFlags {
  db?: string;
  limit: string;
  lang?: string;
  json?: boolean;
}

export function registerSearch(program: Command): void {
  program
    .command("search")
    .description("search the archive's articles")
    .argument("<query>", "words to find (every word must match)")
    .option("--db <file>", "archive database (default: $KABAR_DB or ./kabar.db)")
    .option("--limit <n>", "how many results", "10")
    .option("--lang <code>", "only articles in this language")
    .option("--json", "print JSON")
    .action(async (query: string, flags: SearchFlags) => {
      const store = await openStore(flags.db);
      try {
        const hits = await store.search(query, {
          limit: Number(flags.limit),
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
        process.exitCode = hits.length > 0 ? EXIT.ok : EXIT.someInputsFailed;
      } finally {
        await store.close();
      }
    });
}
