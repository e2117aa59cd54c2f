/**
 * @module
 * `kabar story <id>`: one story's dossier (rebuilt when articles joined since it was stored) as
 * JSON, Markdown or HTML, through the same renderers as `kabar analyze`.
 */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { DomainError } from "../../core/errors.js";
import { EXIT, printError } from "../output.js";

interface StoryFlags {
  db?: string;
  json?: string | boolean;
  md?: string | boolean;
  html?: string | boolean;
}

export function registerStory(program: Command): void {
  program
    .command("story")
    .description("write one story's dossier (JSON by default)")
    .argument("<id>", "story id, as `kabar stories` lists it")
    .option("--db <file>", "archive database (default: $KABAR_DB or ./kabar.db)")
    .option("--json [file]", "the dossier as JSON (kabar.dossier/1); stdout when no file")
    .option("--md [file]", "the dossier as Markdown; stdout when no file")
    .option("--html [file]", "the dossier as one HTML page; stdout when no file")
    .action(async (id: string, flags: StoryFlags) => {
      // Imported when the command runs: the archive and renderers are not needed for --help.
      const [{ currentDossier }, { openStore }, { renderHtml }, { renderMarkdown }] = await Promise.all([
        import("../../app/archive.js"),
        import("../../app/archive-open.js"),
        import("../../render/html.js"),
        import("../../render/markdown.js"),
      ]);
      const store = await openStore(flags.db);
      try {
        const dossier = await currentDossier(store, id);
        if (!dossier) {
          printError(null, new DomainError("E_NOT_FOUND", { what: "story", id }));
          process.exitCode = EXIT.nothingRead;
          return;
        }
        const none = flags.json === undefined && flags.md === undefined && flags.html === undefined;
        const outputs: [string | boolean | undefined, () => string][] = [
          [none ? true : flags.json, () => `${JSON.stringify(dossier, null, 2)}\n`],
          [flags.md, () => renderMarkdown(dossier)],
          [flags.html, () => renderHtml(dossier)],
        ];
        for (const [target, render] of outputs) {
          if (target === undefined || target === false) continue;
          if (target === true || target === "-") process.stdout.write(render());
          else await writeFile(target, render());
        }
        process.exitCode = EXIT.ok;
      } finally {
        await store.close();
      }
    });
}
