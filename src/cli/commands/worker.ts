/**
 * @module
 * `kabar worker --db postgres://…`: an analysis worker of a PostgreSQL archive. Any number run on
 * any number of machines; each claims queued articles (storage/postgres/jobs.ts), analyses them and
 * hands the documents back. Story placement is order-dependent and the clusterer lives in memory,
 * so exactly one worker at a time, the placer, stores the finished documents in enqueue order and
 * files them into stories, as `kabar ingest` does in input order; it prints one stdout line per
 * committed article (`status<TAB>article<TAB>story<TAB>source`, as `kabar ingest`). The placer is
 * whichever worker holds the cluster advisory lock, on a connection of its own, so the server frees
 * it the moment that worker dies and a survivor takes over, rebuilding the clusterer from the
 * stored stories. `kabar worker --enqueue <paths…>` queues articles for the workers and exits, as
 * `kabar ingest --enqueue` does.
 */
import { hostname } from "node:os";
import type { Command } from "commander";
import type { Archive } from "../../app/archive.js";
import type { RawArticle } from "../../core/doc/document.js";
import { DomainError } from "../../core/errors.js";
import type { HeldLock, PostgresStore } from "../../storage/postgres/store.js";
import { EXIT, printError } from "../output.js";
import { positiveInt } from "./parse.js";

interface WorkerFlags {
  db?: string;
  enqueue?: boolean;
  exitWhenIdle?: boolean;
  poll: number;
  dossiers: boolean;
  maxBytes: number;
  lease: number;
  maxAttempts: number;
}

export function registerWorker(program: Command): void {
  program
    .command("worker")
    .description("analyse queued articles of a PostgreSQL archive (run as many as you like, anywhere)")
    .argument("[paths...]", "with --enqueue: files or folders of articles to queue")
    .option("--db <url>", "PostgreSQL archive URL (default: $KABAR_DB)")
    .option("--enqueue", "queue the named files and folders for the workers, then exit")
    .option("--exit-when-idle", "stop once the queue is empty and no job is running")
    .option("--poll <ms>", "pause between looks at an empty queue", positiveInt, 1000)
    .option(
      "--lease <ms>",
      "how long a claimed job is held before another worker may retry it",
      positiveInt,
      60_000,
    )
    .option("--max-attempts <n>", "claims after which a job is set aside as failed", positiveInt, 5)
    .option("--no-dossiers", "do not rebuild the dossiers of touched stories when the queue empties")
    .option("--max-bytes <n>", "with --enqueue: largest input file accepted", positiveInt, 20 * 1024 * 1024)
    .action(async (paths: string[], flags: WorkerFlags) => {
      process.exitCode = await worker(paths, flags);
    });
}

async function openPostgres(flags: WorkerFlags): Promise<PostgresStore | null> {
  const { resolveDbPath } = await import("../../storage/store.js");
  const { isPostgresUrl, openPostgresStore } = await import("../../storage/postgres/store.js");
  const location = resolveDbPath(flags.db);
  if (!isPostgresUrl(location)) return null;
  return openPostgresStore(location, { queue: { leaseMs: flags.lease, maxAttempts: flags.maxAttempts } });
}

async function worker(paths: string[], flags: WorkerFlags): Promise<number> {
  if (!flags.enqueue && paths.length > 0) {
    process.stderr.write("kabar: worker takes paths only with --enqueue\n");
    return EXIT.usage;
  }
  const store = await openPostgres(flags);
  if (!store) {
    printError(
      null,
      new DomainError("E_USAGE", {
        detail: "kabar worker needs a PostgreSQL archive: --db postgres://user@host/db (or KABAR_DB)",
      }),
    );
    return EXIT.usage;
  }
  try {
    return flags.enqueue ? await enqueue(store, paths, flags.maxBytes) : await work(store, flags);
  } finally {
    await store.close();
  }
}

/** `kabar worker --enqueue <paths…>`: the same as `kabar ingest --enqueue` (ingest-enqueue.ts). */
async function enqueue(store: PostgresStore, paths: string[], maxBytes: number): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write("kabar: nothing to enqueue: name files, folders or -\n");
    return EXIT.usage;
  }
  // Imported when the command runs, not when `kabar` starts: every other command would pay for them.
  const [{ ArticleQueue }, { enqueueInputs, QueueTally }, { Reporter }] = await Promise.all([
    import("../../app/ingest-queue.js"),
    import("./ingest-enqueue.js"),
    import("./report.js"),
  ]);
  const tally = new QueueTally(new Reporter(false));
  await enqueueInputs(new ArticleQueue(store), paths, maxBytes, tally);
  tally.summary();
  return tally.exitCode();
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function work(store: PostgresStore, flags: WorkerFlags): Promise<number> {
  const { CLUSTER_LOCK, tryLock } = await import("../../storage/postgres/store.js");
  const { decodeResult, encodeResult } = await import("../../storage/postgres/jobs.js");
  const { describeUrl, isConnectionError, PostgresUnavailable } = await import(
    "../../storage/postgres/pool.js"
  );
  const [{ analyzeArticle }, { Archive }, { makeContext }, { defaultPipeline }] = await Promise.all([
    import("../../app/analyze.js"),
    import("../../app/archive.js"),
    import("../../app/context.js"),
    import("../../app/pipeline.js"),
  ]);
  const me = `${hostname()}:${process.pid}`;
  const ctx = makeContext();
  const pipeline = defaultPipeline();
  // A cast, not an annotation: TypeScript would otherwise narrow it to null for the whole loop,
  // not seeing that place() assigns it.
  let placer = null as { lock: HeldLock; archive: Archive } | null;
  let stopping = false;
  const stop = (): void => {
    stopping = true;
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  const counts = { analysed: 0, stored: 0, unchanged: 0, retried: 0, failed: 0 };
  let waiting = false;

  const dropPlacer = async (): Promise<void> => {
    await placer?.lock.release().catch(() => {});
    placer = null;
  };
  const place = async (): Promise<void> => {
    // Its connection gone, the lock is someone else's to take: this clusterer may be stale.
    if (placer?.lock.lost()) await dropPlacer();
    if (!placer) {
      const lock = await tryLock(store.url, CLUSTER_LOCK, store.schema);
      // Open rebuilds the clusterer from what earlier placers stored, then places the leftovers.
      if (lock) placer = { lock, archive: await Archive.open(store, { ctx, pipeline }) };
    }
    if (!placer) return;
    // Finished jobs in enqueue order, each stored and filed as `kabar ingest` would, then removed;
    // a placer killed in between finds the article stored ("unchanged") the next time.
    for (
      let ready = await store.jobs.readyToPlace();
      ready.length > 0;
      ready = await store.jobs.readyToPlace()
    ) {
      for (const job of ready) {
        if (job.result) {
          const o = await placer.archive.ingestDoc(decodeResult(job.key, job.result));
          process.stdout.write(`${o.status}\t${o.id}\t${o.storyId ?? "-"}\t${o.source}\n`);
          counts[o.status === "unchanged" ? "unchanged" : "stored"] += 1;
        }
        await store.jobs.remove(job.id);
      }
    }
  };

  while (!stopping) {
    try {
      await place();
      const job = await store.jobs.claim(me);
      if (waiting) process.stderr.write("kabar: worker: PostgreSQL is back; resuming\n");
      waiting = false;
      if (!job) {
        if (placer && flags.dossiers) await placer.archive.refreshTouched();
        if (flags.exitWhenIdle) {
          // Done but unstored jobs keep every worker here, so one of them is left to place them.
          const q = await store.jobs.counts();
          if (q.queued + q.running + q.done === 0) {
            if (placer && flags.dossiers) await placer.archive.refreshTouched();
            break;
          }
        }
        await sleep(flags.poll);
        continue;
      }
      let raw: RawArticle;
      try {
        raw = JSON.parse(job.payload) as RawArticle;
        // A job taken over after a lease ran out may already be stored: one lookup, no analysis.
        const known = await store.findArticle({ contentId: job.key });
        const doc = known ? null : analyzeArticle(raw, ctx, pipeline);
        await store.jobs.complete(job, me, doc ? encodeResult(doc) : null);
        counts.analysed += doc ? 1 : 0;
      } catch (err) {
        if (isConnectionError(err) || err instanceof PostgresUnavailable || isConnectionError(causeOf(err)))
          throw err;
        const outcome = await store.jobs.fail(job, me, (err as Error).message ?? String(err));
        counts[outcome === "retry" ? "retried" : "failed"] += 1;
        printError(`job ${job.id}`, err);
      }
    } catch (err) {
      const down = err instanceof PostgresUnavailable || causeOf(err) instanceof PostgresUnavailable;
      // The lock's own connection (tryLock) fails with pg's raw error, not the pool's.
      if (!down && !isConnectionError(err)) throw err;
      // The server went away: say so once, keep trying. A claimed job's lease lets another worker
      // (or this one, later) take it again; the lost cluster lock is re-taken and rebuilt.
      if (!waiting) {
        const why = down ? err : new PostgresUnavailable(describeUrl(store.url), err);
        process.stderr.write(`kabar: worker: ${(why as Error).message}; retrying every 5 s\n`);
      }
      waiting = true;
      await dropPlacer();
      await sleep(5000);
    }
  }
  await dropPlacer();
  process.stderr.write(
    `kabar: worker ${me}: ${counts.analysed} analysed, ${counts.stored} stored, ${counts.unchanged} already stored, ${counts.retried} to retry, ${counts.failed} failed\n`,
  );
  return counts.failed > 0 ? EXIT.someInputsFailed : EXIT.ok;
}

function causeOf(err: unknown): unknown {
  return (err as { cause?: unknown } | null)?.cause;
}
