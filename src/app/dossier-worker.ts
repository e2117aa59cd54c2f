/**
 * @module
 * A worker thread that rebuilds story dossiers for {@link DossierRebuilder}: it opens its own
 * connection to the archive (SQLite in WAL mode lets it write while the server's thread reads and
 * writes), so neither the documents nor the dossier cross threads and the server's event loop
 * never waits on a build.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openSqliteStore } from "../storage/sqlite/store.js";
import { refreshDossier } from "./archive.js";

const { dbPath, cap } = workerData as { dbPath: string; cap: number };
const store = await openSqliteStore(dbPath);

parentPort!.on("message", async ({ storyId }: { storyId: string }) => {
  try {
    const dossier = await refreshDossier(store, storyId, cap);
    parentPort!.postMessage({ storyId, articles: dossier?.articles.length ?? 0 });
  } catch (err) {
    parentPort!.postMessage({ storyId, error: (err as Error)?.message ?? String(err) });
  }
});
parentPort!.postMessage({ ready: true });
