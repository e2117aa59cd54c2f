/**
 * @module
 * Opens a PostgreSQL archive: the same {@link SqlStore} as SQLite over Kysely's Postgres dialect,
 * with the tsvector index and the job queue of `kabar worker`. Writes are serialised across every
 * process and machine by a transaction-scoped advisory lock taken right after `begin`, the
 * counterpart of SQLite's `begin immediate`: two `ingest` runs then cannot both insert one
 * article, and at most one writer updates a story at a time. Writes are a few small statements
 * per article while analysis takes the CPU, so the lock costs little throughput; reads never take it.
 */
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { DomainError } from "../../core/errors.js";
import type { Database } from "../sql/schema.js";
import { SqlStore, type SqlStoreOptions } from "../sql/sql-store.js";
import type { Store } from "../store.js";
import { DEFAULT_QUEUE, JobQueue, type QueueOptions } from "./jobs.js";
import { migratePostgres } from "./migrations.js";
import { describeUrl, makePool, PostgresUnavailable } from "./pool.js";
import { postgresTextIndex } from "./search.js";

/**
 * Advisory lock keys (arbitrary constants, 'kabw' and 'kabc' in ASCII), one per purpose; each lock
 * is taken with the schema's hash as second key, so archives in two schemas of one database never
 * wait for each other.
 */
export const WRITE_LOCK = 0x6b616277;
export const CLUSTER_LOCK = 0x6b616263;

export interface PostgresOptions {
  /** Clock for timestamps (tests pin it). */
  readonly now?: () => string;
  /**
   * A schema to create if missing and work in (tests give each store its own); by default the
   * server's search_path decides, as for any client.
   */
  readonly schema?: string;
  readonly poolSize?: number;
  readonly queue?: QueueOptions;
}

export class PostgresStore extends SqlStore {
  readonly jobs: JobQueue;

  constructor(
    /** The database handle (the base class keeps its own private). */
    readonly kysely: Kysely<Database>,
    /** The connection URL, for the dedicated connection that holds the cluster lock. */
    readonly url: string,
    readonly schema: string | undefined,
    options: SqlStoreOptions,
    queue: QueueOptions,
  ) {
    super(kysely, options);
    this.jobs = new JobQueue(kysely, queue);
  }
}

const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

/** The server setting that puts a connection into `schema`. */
export function schemaOption(schema: string | undefined): string | undefined {
  return schema ? `-c search_path=${schema}` : undefined;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
  const where = describeUrl(url);
  if (options.schema !== undefined && !SCHEMA.test(options.schema)) {
    throw new DomainError("E_STORE", { detail: `invalid schema name ${JSON.stringify(options.schema)}` });
  }
  const serverOptions = schemaOption(options.schema);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: makePool(url, { max: options.poolSize ?? 4, ...(serverOptions ? { serverOptions } : {}) }),
    }),
  });
  try {
    if (options.schema) await sql.raw(`create schema if not exists ${options.schema}`).execute(db);
    await migratePostgres(db as Kysely<unknown>, options.schema);
  } catch (err) {
    await db.destroy().catch(() => {});
    throw new DomainError(
      "E_STORE",
      {
        detail:
          err instanceof PostgresUnavailable
            ? err.message
            : `cannot open PostgreSQL at ${where}: ${(err as Error).message}`,
      },
      { cause: err },
    );
  }
  return new PostgresStore(
    db,
    url,
    options.schema,
    {
      kind: "postgres",
      beginWrite: [
        "begin",
        `select pg_advisory_xact_lock(${WRITE_LOCK}, hashtext(coalesce(current_schema(), '')))`,
      ],
      textIndex: postgresTextIndex,
      ...(options.now ? { now: options.now } : {}),
    },
    options.queue ?? DEFAULT_QUEUE,
  );
}

export function isPostgresStore(store: Store): store is PostgresStore {
  return store instanceof PostgresStore;
}

/** A held session advisory lock. */
export interface HeldLock {
  /** True once the lock's connection ended: the server has released the lock. */
  lost(): boolean;
  release(): Promise<void>;
}

/**
 * Takes a session advisory lock on a connection of its own, without waiting: the handle releases
 * it, and so does the server when the holder dies, which is what hands the job on to a survivor.
 * Null when another session holds it.
 */
export async function tryLock(url: string, key: number, schema?: string): Promise<HeldLock | null> {
  const options = schemaOption(schema);
  const client = new pg.Client({ connectionString: url, ...(options ? { options } : {}) });
  let lost = false;
  // A dropped connection means a released lock: the holder must notice and stop acting on it.
  client.on("error", () => {
    lost = true;
  });
  client.on("end", () => {
    lost = true;
  });
  await client.connect();
  const r = await client.query<{ ok: boolean }>(
    "select pg_try_advisory_lock($1, hashtext(coalesce(current_schema(), ''))) as ok",
    [key],
  );
  if (!r.rows[0]?.ok) {
    await client.end();
    return null;
  }
  return { lost: () => lost, release: () => client.end() };
}
