import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedConnector, Fetcher } from "./fetch.js";
import { type FeedServer, startFeedServer } from "./test-server.js";

// Issue 13 regression: a guarded fetcher reaches no loopback service by any spelling of its
// address, neither directly, nor through a redirect. Every request stays on this machine: both
// servers are on 127.0.0.1 and no name needs DNS. `server` is the internal service to protect;
// `front` is a server the fetcher may reach (by exact address and port) that redirects to it.
let server: FeedServer;
let front: FeedServer;
let port: string;
beforeAll(async () => {
  server = await startFeedServer();
  front = await startFeedServer();
  port = new URL(server.url).port;
});
afterAll(async () => {
  await server.close();
  await front.close();
});

const spellings = [
  "127.0.0.1",
  "127.1",
  "2130706433",
  "0x7f000001",
  "0x7f.0.0.1",
  "0177.0.0.1",
  "017700000001",
  "[::ffff:127.0.0.1]",
  "[::ffff:7f00:1]",
  "[0:0:0:0:0:ffff:7f00:1]",
  "[::1]",
  "[::]",
  "0.0.0.0",
  "localhost",
  "LocalHost.",
  "sub.localhost",
];

describe("the guarded fetcher refuses loopback in every spelling", () => {
  it.each(spellings)("http://%s:PORT/internal", async (host) => {
    const fetcher = new Fetcher({ timeoutMs: 3000, ignoreRobots: true });
    try {
      await expect(fetcher.get(`http://${host}:${port}/internal`)).rejects.toMatchObject({
        code: "E_FETCH_BLOCKED",
      });
    } finally {
      await fetcher.close();
    }
    expect(server.hits.get("/internal") ?? 0).toBe(0);
  });

  it.each(spellings)("a redirect hop to http://%s:PORT/internal", async (host) => {
    const fetcher = new Fetcher({
      timeoutMs: 3000,
      ignoreRobots: true,
      allowedPeers: [new URL(front.url).host],
    });
    const to = encodeURIComponent(`http://${host}:${port}/internal`);
    try {
      await expect(fetcher.get(`${front.url}/redirect?to=${to}`)).rejects.toMatchObject({
        code: "E_FETCH_BLOCKED",
      });
    } finally {
      await fetcher.close();
    }
    expect(server.hits.get("/internal") ?? 0).toBe(0);
  });

  it("the allowed peer itself is fetched (the exception is exact, not a bypass)", async () => {
    const fetcher = new Fetcher({
      timeoutMs: 3000,
      ignoreRobots: true,
      allowedPeers: [new URL(front.url).host],
    });
    try {
      const res = await fetcher.get(`${front.url}/rss.xml`);
      expect(res.status).toBe(200);
      await expect(fetcher.get(`${server.url}/rss.xml`)).rejects.toMatchObject({
        code: "E_FETCH_BLOCKED",
      });
    } finally {
      await fetcher.close();
    }
  });
});

// The last line of defence: whatever a name resolved to, the connected peer is checked. Literal
// IPs never go through lookup, so this is what stops them if the URL check ever misses a form.
describe("checkedConnector", () => {
  const connectTo = (host: string, allowed: string[] = []) =>
    new Promise<{ err: (Error & { code?: string }) | null; connected: boolean }>((resolve) => {
      const connect = checkedConnector({ timeout: 3000 }, new Set(allowed));
      connect({ hostname: host, host, port, protocol: "http:" } as never, (err, socket) => {
        socket?.destroy();
        resolve({ err: err as (Error & { code?: string }) | null, connected: !!socket });
      });
    });

  it.each([["127.0.0.1"], ["::ffff:127.0.0.1"]])("refuses a socket connected to %s", async (host) => {
    const { err, connected } = await connectTo(host);
    expect(connected).toBe(false);
    expect(err?.code).toBe("E_PRIVATE_ADDRESS");
    expect(err?.message).toMatch(/connected to a private address \(.*127\.0\.0\.1, loopback\)/);
  });

  it("lets the exact allowed peer through", async () => {
    const { err, connected } = await connectTo("127.0.0.1", [`127.0.0.1:${port}`]);
    expect([err, connected]).toEqual([null, true]);
  });
});
