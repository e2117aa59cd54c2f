/**
 * @module
 * Story dossiers rebuilt in the background. Building a large story's dossier takes seconds of CPU;
 * done on the server's request thread it held every other request for as long (issue 13: a POST
 * into a 2,000-article story took 235 s and a GET sent meanwhile waited as long). Here a write
 * only schedules its stories; one worker thread rebuilds them one at a time, each story once
 * however often it was scheduled meanwhile; and readers get the last good dossier until the new
 * one is stored. Only a story that has no dossier at all makes its reader wait, and then on the
 * worker, not on the event loop.
 */
import type { Worker } from "node:worker_threads";
import type { Dossier } from "../core/dossier.js";
import type { Store } from "../storage/store.js";
import { refreshDossier } from "./archive.js";
import { startWorker } from "./start-worker.js";

export interface RebuilderOptions {
  /**
   * The SQLite file the worker opens. Without it (in-memory stores in tests) builds run on this
   * thread, still one at a time and after the request that scheduled them has been answered.
   */
  readonly dbPath?: string;
  /** Largest story rebuilt, newest articles first (as {@link refreshDossier}). */
  readonly cap?: number;
  /** Called with a build's failure (the CLI logs it); the story stays scheduled for next time. */
  readonly onError?: (storyId: string, err: unknown) => void;
}

type Waiter = () => void;

export class DossierRebuilder {
  /** Stories waiting for a build, in the order first scheduled. */
  private readonly queue = new Set<string>();
  /** Callers waiting for a story's next build to end. */
  private readonly waiters = new Map<string, Waiter[]>();
  private current: string | null = null;
  private worker: Worker | null = null;
  private workerReady: Promise<Worker> | null = null;
  private closed = false;
  private readonly cap: number;
  /** Builds ended per story: what a reader's cache keys on, since only a build changes the dossier. */
  private readonly builds = new Map<string, number>();

  constructor(
    private readonly store: Store,
    private readonly options: RebuilderOptions = {},
  ) {
    this.cap = options.cap ?? 200;
  }

  /** Queues the stories' dossiers for rebuilding; returns at once. */
  schedule(storyIds: Iterable<string>): void {
    if (this.closed) return;
    for (const id of storyIds) this.queue.add(id);
    this.pump();
  }

  /** Resolves when the story is neither queued nor being built. */
  settled(storyId: string): Promise<void> {
    if (this.current !== storyId && !this.queue.has(storyId)) return Promise.resolve();
    return new Promise((resolve) => {
      const list = this.waiters.get(storyId) ?? [];
      list.push(resolve);
      this.waiters.set(storyId, list);
    });
  }

  /** Whether any build is queued or running. */
  get busy(): boolean {
    return this.current !== null || this.queue.size > 0;
  }

  /** Resolves when every scheduled build has ended (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.busy) await this.settled(this.current ?? [...this.queue][0]!);
  }

  /**
   * The dossier to serve for a story: the stored one, with a rebuild scheduled when it no longer
   * covers the story's members; a story never built waits for its first build.
   */
  async dossierOf(storyId: string): Promise<Dossier | null> {
    const story = await this.store.getStory(storyId);
    if (!story) return null;
    const stored = await this.store.getDossier(storyId);
    if (stored && stored.articles.length === Math.min(story.articleCount, this.cap)) return stored;
    // A read asks for a build only when none is on its way: the one running or queued will cover
    // what this reader saw (a write, unlike a read, schedules again because it adds data).
    if (this.current !== storyId && !this.queue.has(storyId)) this.schedule([storyId]);
    if (stored) return stored;
    await this.settled(storyId);
    return this.store.getDossier(storyId);
  }

  /**
   * Changes whenever a build of the story ends, and only then: the dossier {@link dossierOf} serves
   * is the stored one, which only a build replaces. A write that merely schedules a build leaves it
   * as it was, so readers' caches stay warm through a stream of writes.
   */
  version(storyId: string): number {
    return this.builds.get(storyId) ?? 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue.clear();
    await this.worker?.terminate();
    this.worker = null;
    for (const list of this.waiters.values()) for (const done of list) done();
    this.waiters.clear();
  }

  private pump(): void {
    if (this.current !== null || this.closed) return;
    const next = this.queue.values().next();
    if (next.done) return;
    const storyId = next.value;
    this.queue.delete(storyId);
    this.current = storyId;
    this.build(storyId)
      .catch((err) => this.options.onError?.(storyId, err))
      .finally(() => {
        this.current = null;
        this.builds.set(storyId, (this.builds.get(storyId) ?? 0) + 1);
        // A story scheduled again while it was being built stays queued: its waiters wait on.
        if (!this.queue.has(storyId)) {
          for (const done of this.waiters.get(storyId) ?? []) done();
          this.waiters.delete(storyId);
        }
        this.pump();
      });
  }

  private async build(storyId: string): Promise<void> {
    if (!this.options.dbPath) {
      // Yield first, so the request that scheduled this build is answered before it runs.
      await new Promise((resolve) => setImmediate(resolve));
      await refreshDossier(this.store, storyId, this.cap);
      return;
    }
    const worker = await this.startedWorker();
    await new Promise<void>((resolve, reject) => {
      const onMessage = (reply: { storyId: string; error?: string }) => {
        if (reply.storyId !== storyId) return;
        worker.off("message", onMessage);
        worker.off("exit", onExit);
        if (reply.error) reject(new Error(reply.error));
        else resolve();
      };
      const onExit = (code: number) => {
        worker.off("message", onMessage);
        this.worker = null;
        this.workerReady = null;
        reject(new Error(`dossier worker exited with code ${code}`));
      };
      worker.on("message", onMessage);
      worker.once("exit", onExit);
      worker.postMessage({ storyId });
    });
  }

  private startedWorker(): Promise<Worker> {
    this.workerReady ??= new Promise((resolve, reject) => {
      const worker = startWorker("dossier-worker", { dbPath: this.options.dbPath, cap: this.cap });
      this.worker = worker;
      const onReady = (msg: { ready?: boolean }) => {
        if (!msg.ready) return;
        worker.off("message", onReady);
        resolve(worker);
      };
      worker.on("message", onReady);
      worker.on("error", (err) => {
        this.workerReady = null;
        this.worker = null;
        reject(err);
      });
    });
    return this.workerReady;
  }
}
