/**
 * @module
 * The work of `kabar serve`: open the archive, load or create the write token, listen, and stop
 * cleanly on SIGINT/SIGTERM.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { AnalyzePool } from "../../app/analyze-pool.js";
import { Archive } from "../../app/archive.js";
import { openStore } from "../../app/archive-open.js";
import { DossierRebuilder } from "../../app/dossier-rebuilder.js";
import { DomainError } from "../../core/errors.js";
import { createApp } from "../../http/app.js";
import { archiveIngestor } from "../../http/archive-ingestor.js";
import { loadOrCreateToken, tokenPathFor } from "../../http/auth.js";
import { listen } from "../../http/server.js";
import { Fetcher } from "../../ingest/feeds/fetch.js";
import { resolveDbPath } from "../../storage/store.js";
import { EXIT, printError } from "../output.js";

import type { ServeFlags } from "./serve.js";

/** Names a loopback bind answers to; anything else in Host means DNS rebinding or a proxy. */
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

/** web-dist/ beside dist/ (installed package) or beside src/ (running from the checkout). */
function defaultWebRoot(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = join(here, "..", "..", "..", "web-dist");
  return existsSync(join(root, "index.html")) ? root : undefined;
}

export async function serve(flags: ServeFlags): Promise<number> {
  // Checked by commander's parsers (parse.ts) before this runs.
  const { port, maxBody: maxBodyBytes, timeout: timeoutMs } = flags;
  const dbPath = resolveDbPath(flags.db);
  const store = await openStore(flags.db);
  // Articles POSTed or read from feeds are analysed on a worker thread, never on a request's
  // (issue 13), with the pool's per-document time budget; its models load before the first one.
  const pool = new AnalyzePool(1, "full", {}, { warmAll: true });
  const archive = await Archive.open(store, { analyze: (raw) => pool.analyze(raw) }).catch(async (err) => {
    await pool.close();
    throw err;
  });
  // Dossiers are rebuilt on a worker thread, never on a request (issue 13); the ones a killed
  // run left stale are taken up at once.
  const rebuilder = new DossierRebuilder(store, { dbPath, onError: (_id, err) => printError(null, err) });
  rebuilder.schedule(archive.takeTouched());
  const tokenFile = tokenPathFor(dbPath);
  const { token, created } = loadOrCreateToken(tokenFile);
  const webRoot = flags.web ?? defaultWebRoot();
  const app = createApp({
    store,
    ingestor: archiveIngestor(archive, new Fetcher(), rebuilder),
    token,
    webRoot,
    dossierOf: (id) => rebuilder.dossierOf(id),
    dossierVersion: (id) => rebuilder.version(id),
    limits: { maxBodyBytes, timeoutMs },
    allowedHosts: LOOPBACK.has(flags.host) ? [...LOOPBACK] : undefined,
    onBug: (err) => printError(null, err),
  });
  let server: Awaited<ReturnType<typeof listen>>;
  try {
    server = await listen(app, { host: flags.host, port });
  } catch (err) {
    await Promise.all([rebuilder.close(), pool.close()]);
    await store.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "EADDRINUSE" && code !== "EACCES" && code !== "EADDRNOTAVAIL") throw err;
    const why = code === "EADDRINUSE" ? "is in use" : code === "EACCES" ? "needs privileges" : "is not local";
    printError(null, new DomainError("E_USAGE", { detail: `${flags.host}:${port} ${why} (try --port 0)` }));
    return EXIT.usage;
  }
  process.stderr.write(
    `kabar: serving ${withoutPassword(dbPath)} at ${server.url}/ (API ${server.url}/api, ${server.url}/openapi.json)\n` +
      `kabar: write token ${created ? "created" : "read"} at ${tokenFile}${flags.showToken ? `: ${token}` : ""}\n` +
      (webRoot ? "" : "kabar: no web UI found (run npm run build:web); serving the API only\n"),
  );
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  await Promise.all([rebuilder.close(), pool.close()]);
  await store.close();
  return EXIT.ok;
}

/** A database URL as it may be printed: "postgres://kabar:secret@db/kabar" → "postgres://kabar:***@db/kabar". */
export function withoutPassword(db: string): string {
  return db.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/i, "$1***@");
}
