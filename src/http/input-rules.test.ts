import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../app/archive.js";
import type { RawArticle } from "../core/doc/document.js";
import { Fetcher } from "../ingest/feeds/fetch.js";
import { type FeedServer, startFeedServer } from "../ingest/feeds/test-server.js";
import { archiveIngestor } from "./archive-ingestor.js";
import type { Ingestor } from "./deps.js";
import { publicSource } from "./public-source.js";
import { authed, testApp } from "./testing/harness.js";
import { MemoryStore } from "./testing/memory-store.js";

/** An ingestor that records what reached it and refuses nothing: the API's own rules are tested. */
function recording(): { ingestor: Ingestor; seen: RawArticle[] } {
  const seen: RawArticle[] = [];
  return {
    seen,
    ingestor: {
      async ingestDocument(raw) {
        seen.push(raw);
        return { id: `n${seen.length}`, status: "inserted", version: 1, storyId: "s1" };
      },
      async ingestFeed(url) {
        return { url, articles: [], failures: [] };
      },
    },
  };
}

// Issue 13: the API held to the command line's input rules.
describe("POST /api/articles input rules", () => {
  it.each([
    ["whitespace only", { text: "  \n\t " }],
    ["whitespace only, as HTML", { text: " \n ", format: "html" }],
  ])("refuses %s with E_INPUT_EMPTY and stores nothing", async (_n, body) => {
    const { ingestor, seen } = recording();
    const { call } = testApp({ ingestor });
    const { status, body: res } = await call("/api/articles", authed(body));
    expect(status).toBe(422);
    expect(res.error.code).toBe("E_INPUT_EMPTY");
    expect(seen).toEqual([]);
  });

  it("extracts an HTML body instead of storing its markup", async () => {
    const { ingestor, seen } = recording();
    const { call } = testApp({ ingestor });
    const para =
      "Banjir merendam ratusan rumah warga di Kecamatan Dayeuhkolot, Kabupaten Bandung, setelah hujan deras sejak Senin malam.";
    const html = `<!doctype html><html><head><title>Banjir</title></head><body><nav><a href="/">Beranda</a></nav><article><h1>Banjir Dayeuhkolot</h1><p>${para}</p><p>${para}</p></article></body></html>`;
    const { status } = await call("/api/articles", authed({ text: html, format: "html", title: "Banjir" }));
    expect(status).toBe(201);
    expect(seen[0]?.raw).toContain("Banjir merendam ratusan rumah");
    expect(seen[0]?.raw).not.toMatch(/<\/?(p|article|html|nav)\b/);
    expect(seen[0]?.hints.title).toBe("Banjir");
  });

  it("HTML without article text is E_INPUT_NO_TEXT", async () => {
    const { ingestor, seen } = recording();
    const { call } = testApp({ ingestor });
    const { status, body } = await call(
      "/api/articles",
      authed({ text: "<!doctype html><html><body><script>x()</script></body></html>", format: "html" }),
    );
    expect([status, body.error.code]).toEqual([422, "E_INPUT_NO_TEXT"]);
    expect(seen).toEqual([]);
  });

  it("plain text is passed on as sent", async () => {
    const { ingestor, seen } = recording();
    const { call } = testApp({ ingestor });
    await call("/api/articles", authed({ text: '{"text": "looks like JSON"}' }));
    expect(seen[0]?.raw).toBe('{"text": "looks like JSON"}');
  });
});

describe("date queries are validated", () => {
  it.each([
    ["/api/stories?since=garbage", 400],
    ["/api/stories?since=2024-13-01", 400],
    ["/api/stories?since=2024-02-30", 400],
    ["/api/stories?from=2024-02-31", 400],
    ["/api/articles?since=garbage", 400],
    ["/api/articles?since=2024-00", 400],
    ["/api/stories?since=2024-02-29", 200],
    ["/api/articles?since=2024-03-01T08:00Z", 200],
  ])("%s → %i", async (path, expected) => {
    const { call } = testApp();
    const { status, body } = await call(path);
    expect(status).toBe(expected);
    if (expected === 400) expect(body.error.code).toBe("E_VALIDATION");
  });

  it("since filters stories by their last update", async () => {
    const { call } = testApp();
    // The fixture story was updated on 2026-01-01.
    expect((await call("/api/stories?since=2025-12-31")).body.stories).toHaveLength(1);
    expect((await call("/api/stories?since=2026-01-02")).body.stories).toHaveLength(0);
  });
});

describe("no server paths in read responses", () => {
  it.each([
    ["/srv/news/kompas/a.txt", "a.txt"],
    ["/srv/news/feed.jsonl#3", "feed.jsonl#3"],
    ["C:\\Users\\me\\news\\b.html", "b.html"],
    ["~/news/c.txt", "c.txt"],
    ["../../etc/d.txt", "d.txt"],
    ["news/e.txt", "news/e.txt"],
    ["e.txt", "e.txt"],
    ["-", "-"],
    ["api", "api"],
    ["https://example.com/a#b", "https://example.com/a#b"],
  ])("publicSource(%s) = %s", (source, expected) => {
    expect(publicSource(source)).toBe(expected);
  });

  it("articles, story articles, search hits and dossiers carry no absolute path", async () => {
    const { call, store } = testApp();
    for (const [id, rec] of store.articles)
      store.articles.set(id, { ...rec, source: `/home/server/news/${id}.txt` });
    const dossier = store.dossiers.get("s1")!;
    store.dossiers.set("s1", {
      ...dossier,
      articles: dossier.articles.map((a) => ({ ...a, source: `/home/server/news/${a.id}.txt` })),
    });
    const bodies = await Promise.all(
      ["/api/articles", "/api/stories/s1/articles", "/api/stories/s1/dossier", "/api/search?q=banjir"].map(
        async (path) => JSON.stringify((await call(path)).body),
      ),
    );
    const first = [...store.articles.keys()][0]!;
    expect((await call(`/api/articles/${first}`)).body.article.source).toBe(`${first}.txt`);
    for (const body of bodies) {
      expect(body).not.toContain("/home/server");
      expect(body).toContain(".txt");
    }
  });
});

// Issue 13: `POST /api/feeds` accepted an IPv4-mapped loopback feed URL, and the server fetched it.
describe("POST /api/feeds refuses private addresses in every spelling", () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it.each([
    ["[::ffff:127.0.0.1]"],
    ["[::ffff:7f00:1]"],
    ["127.0.0.1"],
    ["2130706433"],
    ["[::1]"],
    ["localhost"],
  ])("http://%s:PORT/rss.xml", async (host) => {
    const store = new MemoryStore();
    const fetcher = new Fetcher({ timeoutMs: 3000 });
    try {
      const ingestor = archiveIngestor(await Archive.open(store), fetcher);
      const { call } = testApp({ ingestor, store });
      const url = `http://${host}:${new URL(server.url).port}/rss.xml`;
      const { status, body } = await call("/api/feeds", authed({ url }));
      expect([status, body.error.code]).toEqual([422, "E_FETCH_BLOCKED"]);
      expect(server.hits.size).toBe(0);
    } finally {
      await fetcher.close();
    }
  });
});
