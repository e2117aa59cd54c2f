/**
 * @module
 * The one way kabar fetches over HTTP: undici with connect, header and body timeouts, a streamed
 * size cap (a 1 GB body is cut off at the cap and never held in memory), redirects followed by hand
 * so every hop is checked and loops are caught, private addresses refused unless allowed,
 * conditional GET headers, and robots.txt honoured per origin.
 */
import { Agent, buildConnector, request } from "undici";
import { DomainError } from "../../core/errors.js";
import { addressRefusal, guardedLookup, isIpLiteral, isLocalHostName } from "./address.js";
import { isAllowed, parseRobots, type Robots } from "./robots.js";

export const USER_AGENT = "kabar/0.1 (+https://github.com/kabar; news dossier builder)";

export interface FetchOptions {
  /** Allow loopback and private addresses (tests, intranet feeds). */
  readonly allowPrivate?: boolean;
  /** Whole-request time limit in ms. */
  readonly timeoutMs?: number;
  /** Largest body accepted, in bytes. */
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  /** Skip robots.txt (never the default). */
  readonly ignoreRobots?: boolean;
  /**
   * Exact `address:port` pairs (IPv6 in brackets) allowed although private: one intranet service,
   * or the loopback server of a test, without opening every private address.
   */
  readonly allowedPeers?: readonly string[];
}

export interface FetchResult {
  readonly url: string;
  readonly status: number;
  /** 304 Not Modified: the caller's copy is current. */
  readonly notModified: boolean;
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
}

export interface Conditional {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

const DEFAULTS = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };

export class Fetcher {
  private readonly agent: Agent;
  private readonly robots = new Map<string, Robots>();
  private readonly opts: Required<FetchOptions>;

  constructor(options: FetchOptions = {}) {
    this.opts = {
      allowPrivate: options.allowPrivate ?? false,
      timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
      maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
      maxRedirects: options.maxRedirects ?? DEFAULTS.maxRedirects,
      ignoreRobots: options.ignoreRobots ?? false,
      allowedPeers: options.allowedPeers ?? [],
    };
    const peers = new Set(this.opts.allowedPeers);
    const connectOptions = {
      timeout: Math.min(this.opts.timeoutMs, 10_000),
      ...(this.opts.allowPrivate ? {} : { lookup: guardedLookup as never }),
    };
    this.agent = new Agent({
      connect: this.opts.allowPrivate ? connectOptions : checkedConnector(connectOptions, peers),
      headersTimeout: this.opts.timeoutMs,
      bodyTimeout: this.opts.timeoutMs,
    });
  }

  /** GETs a URL (robots.txt permitting), following redirects, with an optional conditional GET. */
  async get(url: string, conditional: Conditional = {}, accept = "*/*"): Promise<FetchResult> {
    // Refuse bad or private URLs before anything, robots.txt included, so the error names them.
    this.checkUrl(url);
    if (!this.opts.ignoreRobots && !(await this.allowedByRobots(url))) {
      throw new DomainError("E_FETCH_BLOCKED", { url, detail: "disallowed by robots.txt" });
    }
    return this.raw(url, conditional, accept);
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private checkUrl(url: string): URL {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw new DomainError("E_FETCH_BLOCKED", { url, detail: "not a valid URL" });
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") {
      throw new DomainError("E_FETCH_BLOCKED", { url, detail: `unsupported scheme ${u.protocol}` });
    }
    if (this.opts.allowPrivate) return u;
    const host = u.hostname;
    const port = u.port || (u.protocol === "https:" ? "443" : "80");
    if (this.opts.allowedPeers.includes(`${host}:${port}`)) return u;
    const refusal = isLocalHostName(host) ? "loopback" : isIpLiteral(host) ? addressRefusal(host) : null;
    if (refusal) {
      throw new DomainError("E_FETCH_BLOCKED", {
        url,
        detail: `private or loopback address, ${refusal} (use --allow-private)`,
      });
    }
    return u;
  }

  private async raw(url: string, conditional: Conditional, accept: string): Promise<FetchResult> {
    const seen = new Set<string>();
    let current = url;
    const deadline = AbortSignal.timeout(this.opts.timeoutMs);
    for (let hop = 0; ; hop++) {
      const u = this.checkUrl(current);
      if (seen.has(u.href)) throw new DomainError("E_FEED_FETCH", { url, detail: "redirect loop" });
      seen.add(u.href);
      const headers: Record<string, string> = { "user-agent": USER_AGENT, accept };
      if (conditional.etag) headers["if-none-match"] = conditional.etag;
      if (conditional.lastModified) headers["if-modified-since"] = conditional.lastModified;
      let res: Awaited<ReturnType<typeof request>>;
      try {
        res = await request(u, { method: "GET", headers, dispatcher: this.agent, signal: deadline });
      } catch (err) {
        if (privateAddressError(err)) {
          throw new DomainError(
            "E_FETCH_BLOCKED",
            { url, detail: `${describe(err)} (use --allow-private)` },
            { cause: err },
          );
        }
        throw new DomainError("E_FEED_FETCH", { url, detail: describe(err) }, { cause: err });
      }
      const status = res.statusCode;
      if (status >= 300 && status < 400 && status !== 304) {
        discard(res.body);
        const location = header(res.headers, "location");
        if (!location)
          throw new DomainError("E_FEED_FETCH", { url, detail: `HTTP ${status} without Location` });
        if (hop >= this.opts.maxRedirects) {
          throw new DomainError("E_FEED_FETCH", {
            url,
            detail: `more than ${this.opts.maxRedirects} redirects`,
          });
        }
        current = new URL(location, u).href;
        continue;
      }
      if (status === 304) {
        discard(res.body);
        return {
          url: u.href,
          status,
          notModified: true,
          body: new Uint8Array(),
          contentType: "",
          etag: null,
          lastModified: null,
        };
      }
      if (status >= 400) {
        discard(res.body);
        throw new DomainError("E_FEED_FETCH", { url, detail: `HTTP ${status}` });
      }
      const declared = Number(header(res.headers, "content-length") ?? Number.NaN);
      if (declared > this.opts.maxBytes) {
        discard(res.body);
        throw new DomainError("E_FEED_FETCH", {
          url,
          detail: `body of ${declared} bytes is over the ${this.opts.maxBytes}-byte cap`,
        });
      }
      const body = await readCapped(res.body, this.opts.maxBytes, url);
      return {
        url: u.href,
        status,
        notModified: false,
        body,
        contentType: header(res.headers, "content-type") ?? "",
        etag: header(res.headers, "etag"),
        lastModified: header(res.headers, "last-modified"),
      };
    }
  }

  private async allowedByRobots(url: string): Promise<boolean> {
    const u = new URL(url);
    let robots = this.robots.get(u.origin);
    if (!robots) {
      try {
        const r = await this.raw(`${u.origin}/robots.txt`, {}, "text/plain");
        robots = parseRobots(new TextDecoder().decode(r.body));
      } catch (err) {
        // No robots.txt (404) means everything is allowed; a blocked or failing origin will fail
        // again on the real request with a clearer error.
        robots = parseRobots("");
        if (err instanceof DomainError && err.code === "E_FETCH_BLOCKED") throw err;
      }
      this.robots.set(u.origin, robots);
    }
    return isAllowed(robots, u.pathname + u.search);
  }
}

/**
 * undici's connector with one more check: the address the socket actually connected to must be
 * public. Literal IPs never go through `lookup`, and a lookup's answer is not always what the
 * socket uses, so the final word is the connected peer, on every hop.
 */
export function checkedConnector(
  options: buildConnector.BuildOptions,
  allowedPeers: ReadonlySet<string> = new Set(),
): buildConnector.connector {
  const connect = buildConnector(options);
  return (opts, callback) =>
    connect(opts, (err, socket) => {
      if (err || !socket) return callback(err ?? new Error("no socket"), null);
      const peer = socket.remoteAddress ?? "";
      const shown = peer.includes(":") ? `[${peer}]` : peer;
      const refusal = allowedPeers.has(`${shown}:${socket.remotePort}`) ? null : addressRefusal(peer);
      if (refusal) {
        socket.destroy();
        const e = new Error(`connected to a private address (${peer}, ${refusal})`) as Error & {
          code: string;
        };
        e.code = "E_PRIVATE_ADDRESS";
        return callback(e, null);
      }
      callback(null, socket);
    });
}

async function readCapped(
  body: AsyncIterable<Buffer> & { destroy(): void; on(event: "error", fn: () => void): unknown },
  cap: number,
  url: string,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      total += chunk.length;
      if (total > cap) {
        discard(body);
        throw new DomainError("E_FEED_FETCH", { url, detail: `body over the ${cap}-byte cap` });
      }
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new DomainError("E_FEED_FETCH", { url, detail: describe(err) }, { cause: err });
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** Whether a request failed because the guard refused the address (possibly wrapped by undici). */
function privateAddressError(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined, i = 0; e && i < 4; i++) {
    if (e.code === "E_PRIVATE_ADDRESS") return true;
    e = e.cause as typeof e;
  }
  return false;
}

/** Drops a body we will not read; undici reports a destroyed body as an error, which is expected here. */
function discard(body: { on(event: "error", fn: () => void): unknown; destroy(): void }): void {
  body.on("error", () => {});
  body.destroy();
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | null {
  const v = headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

function describe(err: unknown): string {
  const e = err as {
    name?: string;
    code?: string;
    message?: string;
    cause?: { message?: string; code?: string };
  };
  if (
    e?.name === "TimeoutError" ||
    e?.code === "UND_ERR_HEADERS_TIMEOUT" ||
    e?.code === "UND_ERR_BODY_TIMEOUT"
  )
    return "timed out";
  const cause = e?.cause?.message ? ` (${e.cause.message})` : "";
  return `${e?.message ?? String(err)}${cause}`;
}
