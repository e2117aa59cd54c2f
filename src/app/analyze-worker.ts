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

const { profile, options, warmAll } = workerData as {
  profile: "full" | "clean";
  options: Record<string, unknown>;
  warmAll?: boolean;
};
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
// Models load lazily on first use; one short article per language loads them here, so that the
// pool's time budget measures a document's analysis, not the worker's start. With a date, a number
// and a quote, so the first real article does not pay for compiling those stages either.
const WARM_UP = [
  'JAKARTA - Banjir melanda 12 kecamatan di Jakarta pada Senin (4/3/2024), kata BPBD DKI Jakarta. "Kami sudah mengevakuasi 300 warga," ujar Kepala BPBD kepada wartawan.',
  ...(warmAll
    ? [
        'WASHINGTON (Reuters) - The Senate passed the $1.2 billion bill on Monday, March 4, 2024, officials said. "This is a historic day," Senator Jane Smith told reporters.',
      ]
    : []),
];
for (const raw of WARM_UP) {
  try {
    analyzeArticle({ source: "warm-up", raw, format: "text", hints: {} }, ctx, pipeline);
  } catch {
    // A failing warm-up will fail again, with the document named, on the first real article.
  }
}
parentPort!.postMessage({ ready: true });
