/**
 * @module
 * Runs the per-article pipeline in worker threads, so that on a machine with more than one core
 * analysis goes on while the main thread stores and clusters what is already analysed. Requests
 * are answered in any order; {@link ingestStream} keeps the input order. Documents come back
 * without their tokens layer: tokens are most of a document's objects, so most of what copying it
 * between threads costs, and they are `tokenize(text)` by construction; the store rebuilds them
 * when it reads a document back.
 *
 * Each worker holds one document at a time under a time budget and a heap limit: a document that
 * overruns either is abandoned with an error naming it, its worker is replaced, and the rest of
 * the batch goes on (issue 13: one hostile page used to stall or kill the whole run).
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { RunOptions } from "../core/context.js";
import type { ArticleDoc, RawArticle } from "../core/doc/document.js";
import { OffsetMap, type OffsetSegment } from "../core/doc/offset-map.js";
import { DomainError, type ErrorCode } from "../core/errors.js";
import { startWorker } from "./start-worker.js";

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

export interface PoolOptions {
  /**
   * Longest one document may take in a worker, in ms. A document that overruns is abandoned with
   * E_INPUT_TIMEOUT naming it, its worker is terminated and replaced, and the batch goes on.
   */
  readonly budgetMs?: number;
  /**
   * Heap limit of each worker, in MiB: a document that would need more kills only its worker
   * (E_ANALYSIS_FAILED naming it), never the process.
   */
  readonly heapMb?: number;
  /**
   * Load every language's models before taking work, not only the Indonesian ones: a server's
   * first English article should not wait for the English models (about half a second).
   */
  readonly warmAll?: boolean;
}

/**
 * 15 s: the pipeline takes about 1 s on the largest text it analyses (see ingest/limits.ts),
 * so only a pathological document gets near it, and a fuzz case still ends within 30 s.
 */
export const DEFAULT_BUDGET_MS = 15_000;
const DEFAULT_HEAP_MB = 512;

interface Job {
  readonly id: number;
  readonly raw: RawArticle;
  readonly resolve: (doc: ArticleDoc) => void;
  readonly reject: (err: unknown) => void;
}

/** One worker thread running at most one job at a time, so its budget clock is that job's. */
interface Slot {
  worker: Worker;
  /** Set when the worker has loaded its models: loading is not charged to the first job. */
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export class AnalyzePool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private next = 0;
  private closing = false;
  /** Set when workers cannot even start (twice in a row): every job then fails at once. */
  private broken: DomainError | null = null;
  private readonly budgetMs: number;
  private readonly heapMb: number;
  private readonly warmAll: boolean;

  constructor(
    size: number,
    private readonly profile: "full" | "clean" = "full",
    private readonly options: Partial<RunOptions> = {},
    pool: PoolOptions = {},
  ) {
    this.budgetMs = pool.budgetMs ?? DEFAULT_BUDGET_MS;
    this.heapMb = pool.heapMb ?? DEFAULT_HEAP_MB;
    this.warmAll = pool.warmAll ?? false;
    this.slots = Array.from({ length: Math.max(1, size) }, () => {
      const slot: Slot = { worker: null as unknown as Worker, ready: false, job: null, timer: null };
      this.spawn(slot);
      return slot;
    });
  }

  analyze(raw: RawArticle): Promise<ArticleDoc> {
    if (this.closing) return Promise.reject(new Error("the analysis pool is closed"));
    if (this.broken)
      return Promise.reject(new DomainError("E_ANALYSIS_FAILED", { ...this.broken.data, path: raw.source }));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.next++, raw, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("the analysis pool is closed"));
    await Promise.all(
      this.slots.map((slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        return slot.worker?.terminate();
      }),
    );
  }

  /** Starts (or restarts) the slot's worker; a worker that dies fails only its own job. */
  private spawn(slot: Slot): void {
    const worker = startWorker(
      "analyze-worker",
      { profile: this.profile, options: this.options, warmAll: this.warmAll },
      { maxOldGenerationSizeMb: this.heapMb },
    );
    slot.worker = worker;
    slot.ready = false;
    worker.on("message", (reply: AnalyzeResponse | { ready: true }) => {
      if (slot.worker !== worker) return;
      if ("ready" in reply) {
        slot.ready = true;
        this.dispatch();
      } else this.settle(slot, reply);
    });
    // An uncaught error or an out-of-memory kill ends the worker: the job it held fails with a
    // clear error naming the document, and a fresh worker takes the rest of the queue.
    worker.on("error", (err) => {
      if (slot.worker === worker) this.died(slot, err);
    });
    worker.on("exit", (code) => {
      if (slot.worker === worker && !this.closing)
        this.died(slot, new Error(`worker exited with code ${code}`));
    });
  }

  private died(slot: Slot, err: unknown): void {
    if (slot.ready) {
      this.recycle(slot, failure(slot.job, err));
      return;
    }
    // A worker that dies before it is ready would die again: fail what waits instead of looping.
    this.broken = failure(null, err);
    slot.worker = null as unknown as Worker;
    for (const job of this.queue.splice(0)) {
      job.reject(new DomainError("E_ANALYSIS_FAILED", { ...this.broken.data, path: job.raw.source }));
    }
  }

  private dispatch(): void {
    if (this.broken) {
      for (const job of this.queue.splice(0)) {
        job.reject(new DomainError("E_ANALYSIS_FAILED", { ...this.broken.data, path: job.raw.source }));
      }
      return;
    }
    for (const slot of this.slots) {
      if (!slot.ready || slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => {
        const source = job.raw.source;
        this.recycle(slot, new DomainError("E_INPUT_TIMEOUT", { path: source, limit: this.budgetMs }));
      }, this.budgetMs);
      slot.worker.postMessage({ id: job.id, raw: job.raw } satisfies AnalyzeRequest);
    }
  }

  /** Fails the slot's job with `err`, replaces its worker, and goes on with the queue. */
  private recycle(slot: Slot, err: unknown): void {
    const job = slot.job;
    slot.job = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const old = slot.worker;
    if (!this.closing) {
      this.spawn(slot);
      void old.terminate().catch(() => {});
    }
    job?.reject(err);
    if (!this.closing) this.dispatch();
  }

  private settle(slot: Slot, reply: AnalyzeResponse): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    slot.job = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if ("doc" in reply) {
      job.resolve(Object.freeze({ ...reply.doc, offsets: new OffsetMap(reply.doc.offsets) }) as ArticleDoc);
    } else if (reply.error.code) {
      job.reject(new DomainError(reply.error.code as ErrorCode, reply.error.data ?? {}));
    } else {
      job.reject(
        new DomainError("E_ANALYSIS_FAILED", {
          path: job.raw.source,
          detail: firstLine(reply.error.message),
        }),
      );
    }
    this.dispatch();
  }
}

function failure(job: Job | null, err: unknown): DomainError {
  const e = err as { code?: string; message?: string };
  const detail =
    e?.code === "ERR_WORKER_OUT_OF_MEMORY" ? "out of memory" : firstLine(e?.message ?? String(err));
  return new DomainError("E_ANALYSIS_FAILED", { path: job?.raw.source ?? "(none)", detail });
}

/** The message line of an error text, without a stack: what a user can read. */
function firstLine(text: string | undefined): string {
  return (text ?? "unknown error").split("\n", 1)[0]!.slice(0, 200);
}
