/**
 * @module
 * Starts one of the app's worker threads (`analyze-worker`, `dossier-worker`) from the compiled
 * `.js`, or, when running from source (tsx, vitest), from the `.ts` after registering tsx's loader
 * inside the worker: loader flags in `execArgv` do not reach workers under every runner.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { type ResourceLimits, Worker } from "node:worker_threads";

export function startWorker(
  name: "analyze-worker" | "dossier-worker",
  workerData: unknown,
  resourceLimits: ResourceLimits = {},
): Worker {
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL(`.//${name}.js`, import.meta.url), { workerData, resourceLimits });
  // The ES module build of tsx's API (its CommonJS build looks for files relative to itself).
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs"),
  ).href;
  const entry = new URL(`.//${name}.ts`, import.meta.url).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}
