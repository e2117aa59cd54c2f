/**
 * @module
 * SQLite's pieces of the shared migrations (sql/migrations.ts): plain `text` columns, `integer
 * primary key autoincrement`, and the FTS5 table that sqlite/search.ts keeps in step with
 * `articles` (same rowid as `articles.seq`). Porter stemming in the tokenizer covers English; the
 * stem column covers Indonesian.
 */
import { type Kysely, sql } from "kysely";
import { migrateToLatest, type SqlDialect } from "../sql/migrations.js";

export const sqliteDialect: SqlDialect = {
  name: "sqlite",
  text: "text",
  serial: "integer",
  serialColumn: (c) => c.autoIncrement(),
  async textIndex(db) {
    await sql`create virtual table if not exists articles_fts using fts5(title, body, stems, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(
      db,
    );
  },
};

/**
 * Brings a SQLite archive to the latest schema. The caller holds the database's write lock (see
 * store.ts): Kysely's SQLite migrator opens no transaction of its own.
 */
export function migrateSqlite(db: Kysely<unknown>): Promise<void> {
  return migrateToLatest(db, sqliteDialect);
}
