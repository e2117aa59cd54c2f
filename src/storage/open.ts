/**
 * @module
 * Opens the store a location names: a `postgres://` or `postgresql://` URL opens PostgreSQL, any
 * other string is a SQLite file path (`:memory:` included). The one place that maps a location to
 * a backend, so `--db` and `KABAR_DB` take either everywhere.
 */
import { isPostgresUrl, openPostgresStore } from "./postgres/store.js";
import { openSqliteStore } from "./sqlite/store.js";
import type { Store } from "./store.js";

export async function openStoreAt(location: string): Promise<Store> {
  return isPostgresUrl(location) ? openPostgresStore(location) : openSqliteStore(location);
}
