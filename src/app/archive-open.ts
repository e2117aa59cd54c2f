/**
 * @module
 * Opens the archive's store from the command line's choices: `--db`, then `KABAR_DB`, then
 * `./kabar.db`; a `postgres://` URL picks PostgreSQL (see storage/open.ts).
 */
import { openStoreAt } from "../storage/open.js";
import { resolveDbPath, type Store } from "../storage/store.js";

export async function openStore(dbFlag?: string): Promise<Store> {
  return openStoreAt(resolveDbPath(dbFlag));
}
