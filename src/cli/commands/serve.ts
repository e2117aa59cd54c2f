/**
 * @module
 * `kabar serve`: the HTTP API and the web UI over the archive's database. Binds loopback unless
 * told otherwise; write endpoints need the bearer token kept beside the database (created on the
 * first start; its path is printed, never the token itself unless asked with --show-token).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { Archive, currentDossier } from "../../app/archive.js";
import { openStore } from "../../app/archive-open.js";
import { DomainError } from "../../core/errors.js";
import { createApp } from "../../http/app.js";
import { archiveIngestor } from "../../http/archive-ingestor.js";
import { loadOrCreateToken, tokenPathFor } from "../../http/auth.js";
import { listen } from "../../http/server.js";
import { Fetcher } from "../../stages/ingest/feeds/fetch.js";
import { resolveDbPath } from "../../storage/store.js";
import { EXIT, printError } from "../output.js";

/** Names a loopback bind answers to; anything else in Host means DNS rebinding or a proxy. */
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);

interface ServeFlags {
  host: string;
  port: string;
  db?: string;
  web?: string;
  maxBody: string;
  timeout: string;
  showToken?: boolean;
}

/** web-dist/ beside dist/ (installed package) or beside src/ (running from the checkout). */
function defaultWebRoot(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const root = join(here, "..", "..", "..", "web-dist");
  return existsSync(join(root, "index.html")) ? root : undefined;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API (/api, /openapi.json) and the web UI over the database")
    .option("--host <host>", "address to bind (loopback by default)", "127.0.0.1")
    .option("--port <port>", "port to listen on (0 picks a free one)", "8080")
    .option("--db <file>", "database file (default: $KABAR_DB or ./kabar.db)")
    .option("--web <dir>", "folder of the prebuilt web UI (default: the bundled web-dist)")
    .option("--max-body <bytes>", "largest request body accepted", String(2 * 1024 * 1024))
    .option("--timeout <ms>", "longest a request may take", "30000")
    .option("--show-token", "also print the write token itself")
    .action(async (flags: ServeFlags) => {
      process.exitCode = await serve(flags);
    });
}

async function serve(flags: ServeFlags): Promise<number> {
  const port = Number(flags.port);
  const maxBodyBytes = Number(flags.maxBody);
  const timeoutMs = Number(flags.timeout);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !(maxBodyBytes > 0) || !(timeoutMs > 0)) {
    printError(null, new DomainError("E_USAGE", { detail: "--port, --max-body and --timeout take numbers" }));
    return EXIT.usage;
  }
  const dbPath = resolveDbPath(flags.db);
  const store = await openStore(flags.db);
  const archive = await Archive.open(store);
  const tokenFile = tokenPathFor(dbPath);
  const { token, created } = loadOrCreateToken(tokenFile);
  const webRoot = flags.web ?? defaultWebRoot();
  const app = createApp({
    store,
    ingestor: archiveIngestor(archive, new Fetcher()),
    token,
    webRoot,
    dossierOf: (id) => currentDossier(store, id),
    limits: { maxBodyBytes, timeoutMs },
    allowedHosts: LOOPBACK.has(flags.host) ? [...LOOPBACK] : undefined,
    onBug: (err) => printError(null, err),
  });
  let server: Awaited<ReturnType<typeof listen>>;
  try {
    server = await listen(app, { host: flags.host, port });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "EADDRINUSE" && code !== "EACCES" && code !== "EADDRNOTAVAIL") throw err;
    await store.close();
    const why = code === "EADDRINUSE" ? "is in use" : code === "EACCES" ? "needs privileges" : "is not local";
    printError(null, new DomainError("E_USAGE", { detail: `${flags.host}:${port} ${why} (try --port 0)` }));
    return EXIT.usage;
  }
  process.stderr.write(
    `kabar: serving ${dbPath} at ${server.url}/ (API ${server.url}/api, ${server.url}/openapi.json)\n` +
      `kabar: write token ${created ? "created" : "read"} at ${tokenFile}${flags.showToken ? `: ${token}` : ""}\n` +
      (webRoot ? "" : "kabar: no web UI found (run npm run build:web); serving the API only\n"),
  );
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  await store.close();
  return EXIT.ok;
}
