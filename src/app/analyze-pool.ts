/**
 * @module
 * Runs the per-article pipeline in worker threads, so that on a machine with more than one core
 * analysis goes on while the main thread stores and clusters what is already analysed. Requests
 * are answered in any order; {@link ingestStream} keeps the input order. Documents come back
 * without their tokens layer: tokens are most of a document's objects, so most of what copying it
 * between threads costs, and they are `tokenize(text)` by construction; the store rebuilds them
 * when it reads a document back.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { RunOptions } from "../core/context.js";
import type { ArticleDoc, RawArticle } from "../core/doc/document.js";
import { OffsetMap, type OffsetSegment } from "../core/doc/offset-map.js";
import { DomainError, type ErrorCode } from "../core/errors.js";

export interface AnalyzeRequest {
  readonly id: number;
  readonly raw: RawArticle;
}

export type AnalyzeResponse =
  | {
      readonly id: number;
      readonly doc: Omit<ArticleDoc, "offsets"> & { readonly offsets: readonly OffsetSegment[] };
    }
  | {
      readonly id: number;
      readonly error: {
        readonly code?: string;
        readonly data?: Record<string, string | number>;
        readonly message?: string;
      };
    };

/** One worker per core beyond the one the main thread needs. */
export function defaultWorkerCount(): number {
  return Math.max(0, availableParallelism() - 1);
}

/**
 * Starts the worker from the compiled `.js`, or, when running from source (tsx, vitest), from the
 * `.ts` after registering tsx's loader inside the worker: loader flags in `execArgv` do not reach
 * workers under every runner.
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./analyze-worker.js", import.meta.url), { workerData });
  // The ES module build of tsx's API (its CommonJS build looks for files relative to itself).
  const tsxApi = pathToFileURL(
    createRequire(import.meta.url)
      .resolve("tsx/esm/api")
      .replace(/\.cjs$/, ".mjs"),
  ).href;
  const entry = new URL("./analyze-worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

export class AnalyzePool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<
    number,
    { resolve: (doc: ArticleDoc) => void; reject: (err: unknown) => void }
  >();
  private next = 0;
  /** Set once a worker has died: later requests fail at once instead of waiting forever. */
  private broken: unknown = null;
  private closing = false;

  constructor(size: number, profile: "full" | "clean" = "full", options: Partial<RunOptions> = {}) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const worker = startWorker({ profile, options });
      worker.on("message", (reply: AnalyzeResponse) => this.settle(reply));
      worker.on("error", (err) => this.failAll(err));
      worker.on("exit", (code) => {
        if (code !== 0 && !this.closing) this.failAll(new Error(`analysis worker exited with code ${code}`));
      });
      return worker;
    });
  }

  analyze(raw: RawArticle): Promise<ArticleDoc> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.next++;
    const worker = this.workers[id % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, raw } satisfies AnalyzeRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(reply: AnalyzeResponse): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if ("doc" in reply) {
      waiter.resolve(
        Object.freeze({ ...reply.doc, offsets: new OffsetMap(reply.doc.offsets) }) as ArticleDoc,
      );
    } else if (reply.error.code) {
      waiter.reject(new DomainError(reply.error.code as ErrorCode, reply.error.data ?? {}));
    } else {
      waiter.reject(new Error(reply.error.message));
    }
  }

  private failAll(err: unknown): void {
    this.broken ??= err;
    for (const waiter of this.waiting.values()) waiter.reject(err);
    this.waiting.clear();
  }
}
