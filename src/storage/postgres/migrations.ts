/**
 * @module
 * PostgreSQL's pieces of the shared migrations (sql/migrations.ts), which Kysely's migrator runs
 * in one transaction under an advisory lock, so two processes opening one fresh database migrate
 * it once. Every text column uses the "C" collation so ORDER BY and range comparisons on ISO
 * dates, names and ids order bytes exactly as SQLite does, whatever locale the server was
 * initialised with: both backends must return the same rows in the same order. The full-text
 * index is one tsvector per article under GIN (postgres/search.ts fills and queries it), and the
 * job queue of `kabar worker` (postgres/jobs.ts) is PostgreSQL's alone.
 */
import { type Kysely, sql } from "kysely";
import { migrateToLatest, type SqlDialect } from "../sql/migrations.js";

export const postgresDialect: SqlDialect = {
  name: "postgres",
  text: sql`text collate "C"`,
  serial: "serial",
  serialColumn: (c) => c,
  async textIndex(db) {
    await sql`create table if not exists articles_search (seq integer primary key, tsv tsvector not null)`.execute(
      db,
    );
    await sql`create index if not exists articles_search_tsv on articles_search using gin (tsv)`.execute(db);
  },
  async jobs(db) {
    await sql`
      create table if not exists jobs (
        id bigserial primary key,
        key text collate "C" not null unique,
        payload text not null,
        state text not null default 'queued',
        attempts integer not null default 0,
        run_after timestamptz not null default now(),
        lease_until timestamptz,
        worker text,
        result text,
        last_error text,
        created_at timestamptz not null default now())`.execute(db);
    await sql`create index if not exists jobs_ready on jobs (state, run_after, id)`.execute(db);
  },
};

/**
 * Brings a PostgreSQL archive to the latest schema; a database already there is left untouched.
 * The migrator's own tables live in the archive's schema: the one given, else the connection's
 * current schema (its search_path, `public` by default). Left to itself, Kysely would take a
 * `kysely_migration` table of any other schema in the database for this one's.
 */
export async function migratePostgres(db: Kysely<unknown>, schema?: string): Promise<void> {
  const current = schema
    ? undefined
    : (await sql<{ s: string | null }>`select current_schema() as s`.execute(db)).rows[0]?.s;
  const where = schema ?? current ?? undefined;
  await migrateToLatest(db, postgresDialect, where ? { schema: where } : {});
}
