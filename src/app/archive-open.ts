/**
 * @module
 * Opens the archive's store from the command line's choices: `--db`, then `KABAR_DB`, then
 * `./kabar.db`. The one place that picks the backend.
 */
import { openSqliteStore } from "../storage/sqlite.js";
import { resolveDbPath, type Store } from "../storage/store.js";

export async function openStore(dbFlag?: string): Promise<Store> {
  return openSqliteStore(resolveDbPath(dbFlag));
}
