/**
 * @module
 * A worker thread that runs the per-article pipeline for {@link AnalyzePool}. It loads its own
 * models once; documents go back as plain data (the offset map as its segments).
 */
import { parentPort, workerData } from "node:worker_threads";
import { isDomainError } from "../core/errors.js";
import { analyzeArticle } from "./analyze.js";
import type { AnalyzeRequest, AnalyzeResponse } from "./analyze-pool.js";
import { makeContext } from "./context.js";
import { cleanPipeline, defaultPipeline } from "./pipeline.js";

const { profile, options } = workerData as { profile: "full" | "clean"; options: Record<string, unknown> };
const ctx = makeContext(options);
const pipeline = profile === "clean" ? cleanPipeline() : defaultPipeline();

parentPort!.on("message", ({ id, raw }: AnalyzeRequest) => {
  let reply: AnalyzeResponse;
  try {
    const doc = analyzeArticle(raw, ctx, pipeline);
    // Tokens stay behind (see AnalyzePool): the store rebuilds them from the text on reading.
    const { tokens: _tokens, ...layers } = doc.layers;
    reply = { id, doc: { ...doc, layers, offsets: doc.offsets.segments } };
  } catch (err) {
    reply = isDomainError(err)
      ? { id, error: { code: err.code, data: { ...err.data } } }
      : { id, error: { message: (err as Error)?.stack ?? String(err) } };
  }
  parentPort!.postMessage(reply);
});
// Models load lazily on first use; one short article loads them here, so that the pool's time
// budget measures a document's analysis, not the worker's start.
try {
  analyzeArticle(
    {
      source: "warm-up",
      raw: "Jakarta - Banjir melanda Jakarta pada Senin, kata BPBD.",
      format: "text",
      hints: {},
    },
    ctx,
    pipeline,
  );
} catch {
  // A failing warm-up will fail again, with the document named, on the first real article.
}
parentPort!.postMessage({ ready: true });
