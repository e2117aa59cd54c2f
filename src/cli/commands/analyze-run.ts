/**
 * @module
 * The work of `kabar analyze`: read, analyse each article (in worker threads, each document within
 * the pool's time budget), build one dossier, write it where asked, and say on stderr which files
 * were written (a silent success looks like a no-op).
 */
import { writeFile } from "node:fs/promises";
import { analyzeArticle, buildDossier } from "../../app/analyze.js";
import { AnalyzePool } from "../../app/analyze-pool.js";
import { makeContext } from "../../app/context.js";
import { defaultPipeline } from "../../app/pipeline.js";
import type { ArticleDoc } from "../../core/doc/document.js";
import { readInputs } from "../../ingest/read-inputs.js";
import { renderHtml } from "../../render/html.js";
import { renderMarkdown } from "../../render/markdown.js";
import { debugMode, EXIT, printError, printNotice, stageDebug } from "../output.js";
import type { AnalyzeFlags } from "./analyze.js";
import { type Analyse, analyseInOrder, pooled } from "./analyze-inputs.js";
import { countArticles, progressLine } from "./progress.js";

export async function analyze(paths: string[], flags: AnalyzeFlags): Promise<number> {
  const maxBytes = flags.maxBytes;
  const bar = progressLine("analyze", await countArticles(paths));
  const ctx = makeContext({ maxInputBytes: maxBytes }, stageDebug(bar.around));
  const pipeline = defaultPipeline();
  const docs: ArticleDoc[] = [];
  let failures = 0;
  // Worker threads give each document a time budget (issue 13). Stage debug messages are written
  // by this thread's context, so `--debug` analyses here.
  const workers = debugMode.on ? 0 : flags.workers;
  const pool = workers > 0 ? new AnalyzePool(workers, "full", { maxInputBytes: maxBytes }) : null;
  const analyse: Analyse = pool ? pooled(pool) : async (raw) => analyzeArticle(raw, ctx, pipeline);
  try {
    const inputs = readInputs(paths, { maxBytes });
    for await (const item of analyseInOrder(inputs, analyse, pool ? 4 * workers : 1)) {
      if ("readError" in item) {
        failures += 1;
        bar.around(() => printError(item.source, item.readError));
        continue;
      }
      if (item.notice) bar.around(() => printNotice(item.notice!));
      if (item.doc) docs.push(item.doc);
      else {
        failures += 1;
        bar.around(() => printError(item.source, item.error));
      }
      bar.tick(item.source);
    }
  } finally {
    await pool?.close();
  }
  bar.stop();
  if (docs.length === 0) {
    process.stderr.write("kabar: no article could be read\n");
    return EXIT.nothingRead;
  }
  const dossier = buildDossier(docs);
  const outputs: [string | undefined, string, () => string][] = [
    [
      flags.json ?? (flags.md || flags.html ? undefined : "-"),
      "JSON",
      () => `${JSON.stringify(dossier, null, 2)}\n`,
    ],
    [flags.md, "Markdown", () => renderMarkdown(dossier)],
    [flags.html, "HTML", () => renderHtml(dossier)],
  ];
  const written: string[] = [];
  for (const [target, kind, render] of outputs) {
    if (!target) continue;
    if (target === "-") process.stdout.write(render());
    else {
      await writeFile(target, render());
      written.push(`${target} (${kind})`);
    }
  }
  const what = `${docs.length} article(s), ${dossier.entities.length} entities, ${dossier.timeline.length} timeline entries, ${dossier.claims.length} claims, ${dossier.contradictions.length} contradictions`;
  // With the dossier on stdout the output speaks for itself (and stderr stays for failures only).
  if (written.length) process.stderr.write(`kabar: analysed ${what}; wrote ${written.join(", ")}\n`);
  if (failures > 0)
    process.stderr.write(`kabar: ${failures} input(s) failed; ${docs.length} article(s) analysed\n`);
  return failures > 0 ? EXIT.someInputsFailed : EXIT.ok;
}
