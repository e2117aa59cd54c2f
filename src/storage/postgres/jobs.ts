/**
 * @module
 * The analysis job queue of a PostgreSQL archive. `kabar worker` processes on any number of
 * machines claim jobs with `FOR UPDATE SKIP LOCKED` (no two claim the same row, none waits for
 * another), hold them under a lease measured on the server's clock (machines' clocks never
 * matter), and hand back the analysed document (`done`). One worker at a time, the placer, then
 * stores the finished documents and files them into stories in enqueue order, exactly as
 * `kabar ingest` does in input order: the online clusterer is order-dependent, so the same input
 * gives the same stories whether one process or ten analysed it. A worker killed mid-job leaves its
 * job `running` with a lease that runs out; the next claim takes it again. Storing is
 * de-duplicated by content id, so a job run twice stores nothing twice. A job that keeps failing
 * (or keeps killing its worker) is parked as `failed` after `maxAttempts`, with its last error,
 * and no longer holds back the ones behind it. The table is created by postgres/migrations.ts.
 */
import { type Kysely, sql } from "kysely";
import type { ArticleDoc } from "../../core/doc/document.js";
import { decodeDoc, encodeDoc } from "../codec.js";

export interface Job {
  readonly id: number;
  /** De-duplication key: the content id of the raw article. */
  readonly key: string;
  readonly payload: string;
  /** Claims so far, this one included. */
  readonly attempts: number;
}

export interface QueueCounts {
  readonly queued: number;
  readonly running: number;
  /** Analysed, waiting for the placer to store them. */
  readonly done: number;
  readonly failed: number;
}

/** A finished job for the placer: the analysed document, or null when it was already stored. */
export interface DoneJob {
  readonly id: number;
  readonly key: string;
  readonly result: string | null;
}

export interface QueueOptions {
  /** How long a claim holds a job before another worker may take it (ms). */
  readonly leaseMs: number;
  /** Claims after which a job is parked as failed. */
  readonly maxAttempts: number;
}

export const DEFAULT_QUEUE: QueueOptions = { leaseMs: 60_000, maxAttempts: 5 };

// biome-ignore lint/suspicious/noExplicitAny: the jobs table is not part of the store's typed schema.
type AnyDb = Kysely<any>;

export class JobQueue {
  constructor(
    private readonly db: AnyDb,
    private readonly options: QueueOptions = DEFAULT_QUEUE,
  ) {}

  /**
   * Adds jobs; a key already queued, running or analysed is skipped (two `ingest` runs of one
   * folder enqueue each article once), a failed one is queued again. Returns how many were
   * (re)queued.
   */
  async enqueue(items: readonly { key: string; payload: string }[]): Promise<number> {
    return (await this.enqueueKeys(items)).size;
  }

  /** As {@link enqueue}, returning the keys that were (re)queued. */
  async enqueueKeys(items: readonly { key: string; payload: string }[]): Promise<Set<string>> {
    const added = new Set<string>();
    // One key twice in one statement would make PostgreSQL refuse it ("cannot affect row a second
    // time"): the first occurrence stands, as it would across two statements.
    const seen = new Set<string>();
    const unique = items.filter((it) => !seen.has(it.key) && seen.add(it.key));
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const values = sql.join(chunk.map((it) => sql`(${it.key}, ${it.payload})`));
      const r = await sql<{ key: string }>`
        insert into jobs (key, payload) values ${values}
        on conflict (key) do update set state = 'queued', attempts = 0, run_after = now(),
          lease_until = null, worker = null, result = null, payload = excluded.payload
        where jobs.state = 'failed'
        returning key`.execute(this.db);
      for (const row of r.rows) added.add(row.key);
    }
    return added;
  }

  /** Claims the oldest ready job (queued and due, or running with an expired lease), or null. */
  async claim(worker: string): Promise<Job | null> {
    const { leaseMs, maxAttempts } = this.options;
    // A job whose lease ran out maxAttempts times killed its workers each time: park it.
    await sql`
      update jobs set state = 'failed', lease_until = null,
        last_error = coalesce(last_error, 'its worker stopped before finishing ' || attempts || ' times')
      where state = 'running' and lease_until < now() and attempts >= ${maxAttempts}`.execute(this.db);
    const r = await sql<{ id: string; key: string; payload: string; attempts: number }>`
      update jobs set state = 'running', attempts = attempts + 1, worker = ${worker},
        lease_until = now() + make_interval(secs => ${leaseMs / 1000})
      where id = (
        select id from jobs
        where (state = 'queued' and run_after <= now()) or (state = 'running' and lease_until < now())
        order by id for update skip locked limit 1)
      returning id, key, payload, attempts`.execute(this.db);
    const row = r.rows[0];
    return row ? { id: Number(row.id), key: row.key, payload: row.payload, attempts: row.attempts } : null;
  }

  /**
   * Hands back a job's result (the analysed document; null when already stored). False when the
   * lease had run out and another worker holds the job now: its result will do as well.
   */
  async complete(job: Job, worker: string, result: string | null): Promise<boolean> {
    const r = await sql`
      update jobs set state = 'done', result = ${result}, lease_until = null
      where id = ${job.id} and worker = ${worker} and state = 'running'`.execute(this.db);
    return Number(r.numAffectedRows ?? 0) > 0;
  }

  /**
   * Finished jobs the placer may store now, oldest first: those enqueued before every job still
   * queued or running, so the order of storing and clustering is the order of enqueueing.
   */
  async readyToPlace(limit = 200): Promise<DoneJob[]> {
    const r = await sql<{ id: string; key: string; result: string | null }>`
      select id, key, result from jobs
      where state = 'done'
        and id < coalesce((select min(id) from jobs where state in ('queued', 'running')), 9223372036854775807)
      order by id limit ${limit}`.execute(this.db);
    return r.rows.map((row) => ({ id: Number(row.id), key: row.key, result: row.result }));
  }

  /** Removes a job whose article the placer has stored. */
  async remove(id: number): Promise<void> {
    await sql`delete from jobs where id = ${id}`.execute(this.db);
  }

  /** Puts a failed job back with exponential backoff, or parks it after maxAttempts. */
  async fail(job: Job, worker: string, error: string): Promise<"retry" | "failed"> {
    const final = job.attempts >= this.options.maxAttempts;
    const backoffSecs = Math.min(300, 2 ** job.attempts);
    await sql`
      update jobs set state = ${final ? "failed" : "queued"}, lease_until = null, last_error = ${error},
        run_after = now() + make_interval(secs => ${backoffSecs})
      where id = ${job.id} and worker = ${worker}`.execute(this.db);
    return final ? "failed" : "retry";
  }

  async counts(): Promise<QueueCounts> {
    const r = await sql<{
      state: string;
      n: string;
    }>`select state, count(*) as n from jobs group by state`.execute(this.db);
    const n = (s: string): number => Number(r.rows.find((x) => x.state === s)?.n ?? 0);
    return { queued: n("queued"), running: n("running"), done: n("done"), failed: n("failed") };
  }
}

/** An analysed document as a job result: the store's own encoding, with its source and texts. */
export function encodeResult(doc: ArticleDoc): string {
  return JSON.stringify({ source: doc.source, raw: doc.raw, text: doc.text, doc: encodeDoc(doc) });
}

export function decodeResult(key: string, result: string): ArticleDoc {
  const r = JSON.parse(result) as { source: string; raw: string; text: string; doc: string };
  return decodeDoc(key, r.source, r.raw, r.text, r.doc);
}
