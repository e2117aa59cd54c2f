/**
 * @module
 * A worker thread that rebuilds story dossiers for {@link DossierRebuilder}: it opens its own
 * connection to the archive (SQLite in WAL mode lets it write while the server's thread reads and
 * writes), so neither the documents nor the dossier cross threads and the server's event loop
 * never waits on a build. The thread runs at a lower CPU priority than the server's: on a busy
 * machine a rebuild takes a little longer, rather than every request waiting for a core.
 */
import { readlinkSync } from "node:fs";
import { getPriority, setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { openSqliteStore } from "../storage/sqlite/store.js";
import { refreshDossier } from "./archive.js";

/** How much nicer than the server's thread a rebuild runs (Unix niceness, 19 at most). */
const NICER_BY = 10;

/**
 * Lowers this thread's priority. Linux keeps a niceness per thread and `setpriority` takes a
 * thread id, which `/proc/thread-self` names; elsewhere (or without /proc) it stays as it is.
 */
function lowerPriority(): void {
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, Math.min(19, getPriority(tid) + NICER_BY));
  } catch {
    // Not Linux, or not allowed: the rebuild still runs off the event loop, only not nicer.
  }
}

const { dbPath, cap } = workerData as { dbPath: string; cap: number };
lowerPriority();
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
