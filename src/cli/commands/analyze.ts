/**
 * @module
 * `kabar analyze <paths…>`: files and folders in, one dossier out (JSON, Markdown, HTML).
 */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { analyzeArticle, buildDossier } from "../../app/analyze.js";
import { makeContext } from "../../app/context.js";
import { defaultPipeline } from "../../app/pipeline.js";
import type { ArticleDoc } from "../../core/doc/document.js";
import { renderHtml } from "../../stages/dossier/html.js";
import { renderMarkdown } from "../../stages/dossier/markdown.js";
import { readInputs } from "../../stages/ingest/read-inputs.js";
import { EXIT, printError, progress } from "../output.js";

interface AnalyzeFlags {
  json?: string;
  md?: string;
  html?: string;
  maxBytes: string;
}

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
    .option("--max-bytes <n>", "largest input file accepted, in bytes", String(20 * 1024 * 1024))
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      process.exitCode = await analyze(paths, flags);
    });
}

async function analyze(paths: string[], flags: AnalyzeFlags): Promise<number> {
  const maxBytes = Number(flags.maxBytes);
  const ctx = makeContext({ maxInputBytes: maxBytes });
  const pipeline = defaultPipeline();
  const docs: ArticleDoc[] = [];
  let failures = 0;
  const bar = progress("analyze");
  for await (const result of readInputs(paths, { maxBytes })) {
    if (!result.ok) {
      failures += 1;
      bar.stop();
      printError(result.source, result.error);
      continue;
    }
    try {
      docs.push(analyzeArticle(result.article, ctx, pipeline));
    } catch (err) {
      failures += 1;
      printError(result.article.source, err);
    }
    bar.tick(result.article.source);
  }
  bar.stop();
  if (docs.length === 0) {
    process.stderr.write("kabar: no article could be read\n");
    return EXIT.nothingRead;
  }
  const dossier = buildDossier(docs);
  const outputs: [string | undefined, () => string][] = [
    [flags.json ?? (flags.md || flags.html ? undefined : "-"), () => `${JSON.stringify(dossier, null, 2)}\n`],
    [flags.md, () => renderMarkdown(dossier)],
    [flags.html, () => renderHtml(dossier)],
  ];
  for (const [target, render] of outputs) {
    if (!target) continue;
    if (target === "-") process.stdout.write(render());
    else await writeFile(target, render());
  }
  if (failures > 0)
    process.stderr.write(`kabar: ${failures} input(s) failed; ${docs.length} article(s) analysed\n`);
  return failures > 0 ? EXIT.someInputsFailed : EXIT.ok;
}
