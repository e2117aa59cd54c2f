/**
 * @module
 * `kabar serve`: the HTTP API and the web UI over the archive's database. Binds loopback unless
 * told otherwise; write endpoints need the bearer token kept beside the database (created on the
 * first start; its path is printed, never the token itself unless asked with --show-token). The
 * server is imported when the command runs (serve-run.ts).
 */
import type { Command } from "commander";
import { port, positiveInt } from "./parse.js";

export interface ServeFlags {
  host: string;
  port: number;
  db?: string;
  web?: string;
  maxBody: number;
  timeout: number;
  showToken?: boolean;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API (/api, /openapi.json) and the web UI over the database")
    .option("--host <host>", "address to bind (loopback by default)", "127.0.0.1")
    .option("--port <port>", "port to listen on (0 picks a free one)", port, 8080)
    .option("--db <file>", "database file (default: $KABAR_DB or ./kabar.db)")
    .option("--web <dir>", "folder of the prebuilt web UI (default: the bundled web-dist)")
    .option("--max-body <bytes>", "largest request body accepted", positiveInt, 2 * 1024 * 1024)
    .option("--timeout <ms>", "longest a request may take", positiveInt, 30000)
    .option("--show-token", "also print the write token itself")
    .action(async (flags: ServeFlags) => {
      const { serve } = await import("./serve-run.js");
      process.exitCode = await serve(flags);
    });
}
