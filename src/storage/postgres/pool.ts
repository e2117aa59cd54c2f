/**
 * @module
 * The pg connection pool as Kysely sees it, with connection failures turned into one clear
 * sentence. When the server stops mid-command, pg reports `ECONNREFUSED`, `Connection terminated
 * unexpectedly` or `terminating connection due to administrator command`; the user should read
 * instead that PostgreSQL at host:port is unavailable and that running the command again resumes
 * (every article is its own transaction and a stored one is skipped). The password in the URL is
 * never repeated.
 */
import type { PostgresPool, PostgresPoolClient } from "kysely";
import pg from "pg";

/** `host:port/database` of a connection URL, without user or password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || "localhost"}:${u.port || "5432"}${u.pathname || "/"}`;
  } catch {
    return "the configured server";
  }
}

// Socket errors, and SQLSTATE classes 08 (connection exception) and 57P (operator intervention).
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EPIPE",
]);

export function isConnectionError(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  const code = e?.code ?? "";
  return (
    CONNECTION_CODES.has(code) ||
    code.startsWith("08") ||
    code.startsWith("57P") ||
    /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(
      e?.message ?? "",
    )
  );
}

export class PostgresUnavailable extends Error {
  constructor(where: string, cause: unknown) {
    super(
      `PostgreSQL at ${where} is unavailable (${(cause as Error)?.message ?? cause}); once it is back, run the command again: it resumes where it stopped`,
      { cause },
    );
    this.name = "PostgresUnavailable";
  }
}

export interface PoolOptions {
  readonly max?: number;
  /** Extra server settings for every connection, e.g. the search_path of a test schema. */
  readonly serverOptions?: string;
}

export function makePool(url: string, options: PoolOptions = {}): PostgresPool {
  const where = describeUrl(url);
  const raw = new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    connectionTimeoutMillis: 10_000,
    ...(options.serverOptions ? { options: options.serverOptions } : {}),
  });
  // An idle connection the server closes emits 'error' on the pool; unhandled, it would kill the
  // process. The next query fails on its own and says why.
  raw.on("error", () => {});
  const rewrite = (err: unknown): never => {
    throw isConnectionError(err) ? new PostgresUnavailable(where, err) : err;
  };
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await raw.connect().catch(rewrite);
      let broken = false;
      // pg-pool listens for errors on idle connections only: a connection checked out (say, inside
      // a transaction) whose server goes away emits 'error' with no listener, which would end the
      // process with a raw stack. Here it only marks the connection; its query fails and says why.
      const onError = (): void => {
        broken = true;
      };
      client.on("error", onError);
      const query = (text: string, params: readonly unknown[]) =>
        client.query(text, params as unknown[]).catch((err: unknown) => {
          // Whatever a query on a connection that already lost its server says, the cause is that.
          if (broken || isConnectionError(err)) {
            broken = true;
            throw new PostgresUnavailable(where, err);
          }
          throw err;
        });
      return {
        query: query as unknown as PostgresPoolClient["query"],
        // A connection that lost its server is dropped, not handed to the next query.
        release: () => {
          client.removeListener("error", onError);
          client.release(broken);
        },
      };
    },
    end: () => raw.end(),
  };
}
