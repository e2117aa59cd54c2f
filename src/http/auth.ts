/**
 * @module
 * The write token. Write endpoints need `Authorization: Bearer <token>`; the token is generated on
 * the first start and kept beside the database (`<db>.token`, mode 0600) so it survives restarts
 * and lives wherever the data lives. Comparison is constant-time so the token cannot be guessed
 * byte by byte from response times.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { MiddlewareHandler } from "hono";
import { HttpError } from "./errors.js";

export function tokenPathFor(dbPath: string): string {
  // A PostgreSQL archive has no file to sit beside: the token goes in the working directory, named
  // after host, port and database only (a URL's password must never reach a file name).
  if (/^postgres(?:ql)?:\/\//i.test(dbPath)) {
    const pg = new URL(dbPath);
    const name = `${pg.hostname}-${pg.port || "5432"}-${pg.pathname.slice(1)}`.replace(/[^\w.-]+/g, "_");
    return `kabar-${name}.token`;
  }
  return `${dbPath}.token`;
}

/** Reads the token next to the database, creating it (0600) on first use. */
export function loadOrCreateToken(path: string): { token: string; created: boolean } {
  if (existsSync(path)) {
    const token = readFileSync(path, "utf8").trim();
    if (token.length >= 32) return { token, created: false };
  }
  const token = randomBytes(32).toString("base64url");
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  return { token, created: true };
}

export function tokenMatches(expected: string, header: string | undefined): boolean {
  const m = /^Bearer[ \t]+(\S+)\s*$/i.exec(header ?? "");
  if (!m?.[1]) return false;
  const a = Buffer.from(m[1]);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Refuses the request unless it carries the bearer token. */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    if (!tokenMatches(token, c.req.header("authorization")))
      throw new HttpError("E_UNAUTHORIZED", "this endpoint needs 'Authorization: Bearer <token>'");
    await next();
  };
}
