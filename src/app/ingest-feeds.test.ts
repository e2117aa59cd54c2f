import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Fetcher } from "../ingest/feeds/fetch.js";
import { type FeedServer, startFeedServer } from "../ingest/feeds/test-server.js";
import { openSqliteStore } from "../storage/sqlite/store.js";
import { Archive } from "./archive.js";
import { backoffSeconds, ingestFeed, pollFeeds } from "./ingest-feeds.js";
import { cleanPipeline } from "./pipeline.js";

const dir = mkdtempSync(join(tmpdir(), "kabar-feeds-"));
let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("pollFeeds", () => {
  it("ingests good feeds, records each bad one with backoff, and goes on", async () => {
    const store = await openSqliteStore(join(dir, "poll.db"));
    const fetcher = new Fetcher({ allowPrivate: true, maxBytes: 1024 * 1024, timeoutMs: 5000 });
    const good = ["/rss.xml", "/atom.xml", "/feed.json"];
    const bad = ["/html", "/garbage", "/broken.xml", "/nope", "/loop-a", "/huge"];
    // Bad feeds first, so a failure that stopped the run would leave the good ones unread.
    for (const p of [...bad, ...good]) await store.addFeed(`${server.url}${p}`);
    const archive = await Archive.open(store, { pipeline: cleanPipeline() });
    const errors: string[] = [];
    const now = new Date("2024-03-08T00:00:00Z");
    const runs = await pollFeeds(
      archive,
      fetcher,
      { intervalSec: 600, now: () => now },
      { onFeedError: (url, err) => errors.push(`${url}: ${(err as Error).message}`) },
    );
    expect(runs.map((r) => new URL(r.url).pathname).sort()).toEqual([...good].sort());
    expect(errors).toHaveLength(bad.length);
    // 2 RSS items (one full text, one teaser whose page 404s → summary), 1 Atom, 1 JSON.
    expect(await store.countArticles()).toBe(4);
    const feeds = new Map((await store.listFeeds()).map((f) => [new URL(f.url).pathname, f]));
    for (const p of bad) {
      expect(feeds.get(p)?.failures).toBe(1);
      expect(feeds.get(p)?.lastError).toBeTruthy();
      expect(Date.parse(feeds.get(p)!.nextFetch!) - now.getTime()).toBe(backoffSeconds(600, 1) * 1000);
    }
    expect(feeds.get("/rss.xml")?.etag).toBe('"v1"');
    expect(feeds.get("/rss.xml")?.title).toBe("Contoh Berita");
    // Nothing is due yet; later, the RSS feed answers 304 and nothing is re-read.
    expect(await pollFeeds(archive, fetcher, { intervalSec: 600, now: () => now })).toEqual([]);
    const later = new Date(now.getTime() + 3600_000);
    const again = await pollFeeds(archive, fetcher, { intervalSec: 600, now: () => later });
    expect(again.find((r) => r.url.endsWith("/rss.xml"))?.notModified).toBe(true);
    expect(await store.countArticles()).toBe(4);
    // The Indonesian flood items share a story.
    const stories = await store.listStories();
    expect(stories.some((s) => s.articleCount >= 2)).toBe(true);
    await fetcher.close();
    await store.close();
  }, 60_000);

  it.each([
    [600, 0, 600],
    [600, 1, 1200],
    [600, 3, 4800],
    [600, 30, 86_400],
  ])("backoff(%i s, %i failures) = %i s", (interval, failures, expected) => {
    expect(backoffSeconds(interval, failures)).toBe(expected);
  });
});

// Issue 13: an item link to an IPv4-mapped loopback address was fetched and its page stored.
describe("item links are held to the address guard", () => {
  it.each([["[::ffff:127.0.0.1]"], ["[::ffff:7f00:1]"], ["127.0.0.1"], ["localhost"]])(
    "a teaser linking to http://%s:PORT/internal stores the summary, never the page",
    async (host) => {
      const internal = await startFeedServer();
      const store = await openSqliteStore(join(dir, `ssrf-${internal.url.slice(-5)}.db`));
      // The feed's own server is reachable by its exact address; the linked service is not.
      const fetcher = new Fetcher({
        timeoutMs: 3000,
        ignoreRobots: true,
        allowedPeers: [new URL(server.url).host],
      });
      try {
        const archive = await Archive.open(store, { pipeline: cleanPipeline() });
        const link = `http://${host}:${new URL(internal.url).port}/internal`;
        await ingestFeed(archive, fetcher, `${server.url}/teaser.xml?to=${encodeURIComponent(link)}`, {});
        expect(internal.hits.get("/internal") ?? 0).toBe(0);
        const docs = await store.listArticles({ limit: 10 });
        expect(docs).toHaveLength(1);
        const doc = await store.getDoc(docs[0]!.id);
        expect(doc?.raw).not.toContain("Secret internal page");
      } finally {
        await fetcher.close();
        await store.close();
        await internal.close();
      }
    },
  );
});
