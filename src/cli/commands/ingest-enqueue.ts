/**
 * @module
 * Enqueue mode of `kabar ingest`, `kabar watch` and `kabar worker --enqueue`: on a PostgreSQL
 * archive whose `kabar worker` processes do the analysis, the commands put the raw articles in the
 * job queue and return (app/ingest-queue.ts). `--enqueue` asks for it, `--no-enqueue` refuses it,
 * and without either `KABAR_ENQUEUE=1` in the environment turns it on, so a deployment with
 * workers sets it once. On a SQLite archive it is a usage error, raised before anything is opened:
 * there is no queue and no worker there, and `kabar ingest` analyses in its own threads.
 */
import { ArticleQueue, type QueueOutcome, type QueueStatus } from "../../app/ingest-queue.js";
import { readInputs } from "../../ingest/read-inputs.js";
import type { QueueOptions } from "../../storage/postgres/jobs.js";
import { isPostgresUrl, openPostgresStore } from "../../storage/postgres/store.js";
import { resolveDbPath } from "../../storage/store.js";
import { EXIT, printNotice } from "../output.js";
import type { ProgressLine } from "./progress.js";
import type { Reporter } from "./report.js";

const ON = new Set(["1", "true", "yes", "on"]);
const OFF = new Set(["", "0", "false", "no", "off"]);

/**
 * Whether to enqueue: the flag when given, else `KABAR_ENQUEUE`. A usage error (a string to print)
 * when the variable is neither on nor off, so a typo never silently analyses in-process.
 */
export function enqueueMode(flag: boolean | undefined, env = process.env): boolean | string {
  if (flag !== undefined) return flag;
  const value = (env.KABAR_ENQUEUE ?? "").trim().toLowerCase();
  if (ON.has(value)) return true;
  if (OFF.has(value)) return false;
  return `KABAR_ENQUEUE must be 1 or 0, not ${JSON.stringify(env.KABAR_ENQUEUE)}`;
}

/**
 * Why enqueue mode cannot run on the archive `--db`/`KABAR_DB` names, or null when it can (a
 * PostgreSQL URL). Checked before anything is opened, so a refused command leaves no SQLite file.
 */
export function enqueueRefusal(dbFlag: string | undefined, command: string): string | null {
  const location = resolveDbPath(dbFlag);
  if (isPostgresUrl(location)) return null;
  return (
    `${command} --enqueue (or KABAR_ENQUEUE=1) needs a PostgreSQL archive whose \`kabar worker\` processes ` +
    `analyse the queue: --db postgres://user@host/db (or KABAR_DB); ${location} is a SQLite file, ` +
    "where `kabar ingest` analyses in its own threads: leave out --enqueue (or pass --no-enqueue)"
  );
}

/** The job queue of the PostgreSQL archive `--db`/`KABAR_DB` names (see {@link enqueueRefusal}). */
export async function openQueue(dbFlag: string | undefined, queue?: QueueOptions): Promise<ArticleQueue> {
  return new ArticleQueue(await openPostgresStore(resolveDbPath(dbFlag), queue ? { queue } : {}));
}

/** The counts of an enqueue run, fed by each outcome and failure, reported as ingest reports. */
export class QueueTally {
  readonly counts: Record<QueueStatus | "failed", number> = {
    queued: 0,
    "already-queued": 0,
    unchanged: 0,
    failed: 0,
  };

  constructor(
    private readonly reporter: Reporter,
    private readonly bar?: ProgressLine,
  ) {}

  readonly article = (o: QueueOutcome): void => {
    this.counts[o.status] += 1;
    this.reporter.article(o);
    this.bar?.tick(o.source);
  };

  readonly error = (source: string | null, err: unknown): void => {
    // A null source is the store failing (the server went away), not one more input.
    if (source !== null) this.counts.failed += 1;
    this.reporter.error(source, err);
    if (source !== null) this.bar?.tick(source);
  };

  summary(): void {
    const c = this.counts;
    this.bar?.stop();
    this.reporter.summary(
      { queued: c.queued, alreadyQueued: c["already-queued"], unchanged: c.unchanged, failed: c.failed },
      `${c.queued} queued, ${c["already-queued"]} already queued, ${c.unchanged} already stored, ${c.failed} failed` +
        (c.queued > 0 ? "; `kabar worker` processes analyse and store them" : ""),
    );
  }

  exitCode(): number {
    const c = this.counts;
    const read = c.queued + c["already-queued"] + c.unchanged;
    if (read === 0 && c.failed > 0) return EXIT.nothingRead;
    return c.failed > 0 ? EXIT.someInputsFailed : EXIT.ok;
  }
}

/** Queues the articles of files, folders and `-`, in order. */
export async function enqueueInputs(
  queue: ArticleQueue,
  paths: readonly string[],
  maxBytes: number,
  tally: QueueTally,
): Promise<void> {
  const unqueued = await queue.enqueueStream(readInputs(paths, { maxBytes }), {
    onOutcome: tally.article,
    onError: tally.error,
    onNotice: (_source, notice) => printNotice(notice),
  });
  tally.counts.failed += unqueued;
}
