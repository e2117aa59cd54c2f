/**
 * @module
 * Opens the embedded SQLite store: better-sqlite3 in WAL mode (readers never block the writer, a
 * killed writer leaves a consistent file), a busy timeout so two processes wait for each other,
 * and the migrations brought up to date on open.
 */
import BetterSqlite3 from "better-sqlite3";
import { Kysely, type SqliteDatabase, SqliteDialect } from "kysely";
import { DomainError } from "../../core/errors.js";
import type { Database } from "../sql/schema.js";
import { SqlStore } from "../sql/sql-store.js";
import type { Store } from "../store.js";
import { migrateSqlite } from "./migrations.js";
import { sqliteTextIndex } from "./search.js";

export interface SqliteOptions {
  /** Clock for timestamps (tests pin it). */
  readonly now?: () => string;
  readonly readonly?: boolean;
}

/**
 * The database as Kysely sees it, with prepared statements reused: Kysely prepares every query
 * afresh, and preparing costs about as much as running the small statements the store issues.
 * Kysely never iterates two results of one statement at once, so sharing a statement is safe.
 */
function cachedStatements(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (!stmt) {
        // Queries with IN lists vary in length; a bound keeps the cache from growing without end.
        if (cache.size >= 1000) cache.clear();
        stmt = sqlite.prepare(sql);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

export async function openSqliteStore(path: string, options: SqliteOptions = {}): Promise<Store> {
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path, { timeout: 15_000 });
    sqlite.pragma("journal_mode = WAL");
    // NORMAL in WAL mode: a committed transaction survives a process kill (only power loss can
    // drop the last commits), at a fraction of FULL's fsync cost.
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
  } catch (err) {
    throw new DomainError(
      "E_STORE",
      { detail: `cannot open ${path}: ${(err as Error).message}` },
      { cause: err },
    );
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) });
  try {
    // Under an exclusive lock: two processes opening a new database at once would otherwise both
    // see no migration applied and both create the tables, and the second would fail (issue 13).
    // Kysely's SQLite migrator opens no transaction of its own, and DDL is transactional in
    // SQLite, so the whole bring-up commits or rolls back as one; the other process waits on the
    // busy timeout, then finds the migrations done.
    sqlite.exec("begin exclusive");
    await migrateSqlite(db as Kysely<unknown>);
    sqlite.exec("commit");
  } catch (err) {
    if (sqlite.inTransaction) sqlite.exec("rollback");
    await db.destroy();
    throw new DomainError(
      "E_STORE",
      { detail: `cannot migrate ${path}: ${(err as Error).message}` },
      { cause: err },
    );
  }
  return new SqlStore(db, {
    kind: "sqlite",
    beginWrite: "begin immediate",
    textIndex: sqliteTextIndex,
    ...(options.now ? { now: options.now } : {}),
  });
}
