import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPrivateAddress } from "./address.js";
import { Fetcher } from "./fetch.js";
import { fullTextArticle, summaryArticle } from "./items.js";
import { parseFeed } from "./parse.js";
import { isAllowed, parseRobots } from "./robots.js";
import { ATOM, type FeedServer, JSON_FEED, RSS, startFeedServer } from "./test-server.js";

describe("parseFeed", () => {
  it.each([
    ["RSS 2.0", RSS, "rss", 2, "http://example.test/berita/banjir-1", "Banjir rendam Dayeuhkolot"],
    ["Atom", ATOM, "atom", 1, "http://example.test/en/floods", "Floods hit Bandung regency"],
    ["JSON Feed", JSON_FEED, "json", 1, "http://example.test/json/1", "Gempa guncang Sulawesi Tengah"],
  ])("%s", (_n, body, kind, count, url, title) => {
    const feed = parseFeed(body, "http://example.test/feed");
    expect(feed.kind).toBe(kind);
    expect(feed.items).toHaveLength(count);
    expect(feed.items[0]?.url).toBe(url);
    expect(feed.items[0]?.title).toBe(title);
    expect(feed.items[0]?.published).toBeTruthy();
  });

  it("RSS entities and relative links resolve; full text becomes an article with hints", () => {
    const feed = parseFeed(RSS, "http://example.test/rss.xml");
    expect(feed.items[1]?.title).toBe("Warga mulai kembali & membersihkan rumah");
    const raw = fullTextArticle(feed.items[0]!, feed, "http://example.test/rss.xml");
    expect(raw?.hints).toMatchObject({
      title: "Banjir rendam Dayeuhkolot",
      outlet: "Contoh Berita",
      authors: ["Rina"],
    });
    expect(raw?.hints.published?.value).toBe("2024-03-05T01:00:00Z");
    expect(raw?.raw).toContain("Dayeuhkolot");
    // A teaser has no full text, but its summary is a last resort.
    expect(fullTextArticle(feed.items[1]!, feed, "x")).toBeNull();
    expect(summaryArticle(feed.items[1]!, feed, "x")?.raw).toContain("lumpur");
  });

  it.each([
    ["an HTML page", "<!doctype html><html><body>hi</body></html>", /HTML page/],
    ["truncated XML", RSS.slice(0, 300), /malformed XML/],
    ["XML that is no feed", "<?xml version='1.0'?><note><to>x</to></note>", /not RSS or Atom/],
    ["random bytes", "\u0001\u0002garbage", /not XML or JSON/],
    ["JSON that is no feed", '{"hello": 1}', /not a JSON Feed/],
    ["malformed JSON", '{"version": ', /malformed JSON/],
  ])("rejects %s with a coded parse error", (_n, body, message) => {
    expect(() => parseFeed(body, "http://x/feed")).toThrow(message);
    try {
      parseFeed(body, "http://x/feed");
    } catch (err) {
      expect((err as { code: string }).code).toBe("E_FEED_PARSE");
    }
  });
});

// Issue 13: entity expansion is capped; nested DOCTYPE entities never blow up to gigabytes.
it("a billion-laughs feed is read in bounded time and memory", () => {
  const ent = ['<!ENTITY a "lol">'];
  for (let i = 1; i < 10; i++) {
    const prev = `&${String.fromCharCode(96 + i)};`;
    ent.push(`<!ENTITY ${String.fromCharCode(97 + i)} "${prev.repeat(10)}">`);
  }
  const xml = `<?xml version="1.0"?><!DOCTYPE rss [${ent.join("")}]><rss version="2.0"><channel><title>&j;</title><item><title>x</title><link>http://a.example/x</link></item></channel></rss>`;
  const started = performance.now();
  let title = "";
  try {
    title = parseFeed(xml, "http://x/feed").title ?? "";
  } catch (err) {
    expect((err as { code?: string }).code).toBe("E_FEED_PARSE");
  }
  expect(title.length).toBeLessThan(1_000_001);
  expect(performance.now() - started).toBeLessThan(2000);
});

describe("addresses and robots", () => {
  it.each([
    ["127.0.0.1", true],
    ["10.1.2.3", true],
    ["192.168.0.1", true],
    ["172.20.0.1", true],
    ["169.254.169.254", true],
    ["100.64.0.1", true],
    ["::1", true],
    ["fd00::1", true],
    ["::ffff:127.0.0.1", true],
    ["8.8.8.8", false],
    ["172.32.0.1", false],
    ["2606:4700::1111", false],
  ])("isPrivateAddress(%s) = %s", (ip, expected) => {
    expect(isPrivateAddress(ip)).toBe(expected);
  });

  const robots = parseRobots(
    "User-agent: googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\nAllow: /private/open$\nDisallow: /*.pdf$\n",
  );
  it.each([
    ["/", true],
    ["/berita/1", true],
    ["/private/x", false],
    ["/private/open", true],
    ["/files/a.pdf", false],
  ])("robots: %s allowed = %s", (path, expected) => {
    expect(isAllowed(robots, path)).toBe(expected);
  });
  it("a group for kabar wins over *; an empty file allows everything", () => {
    expect(
      isAllowed(parseRobots("User-agent: *\nDisallow: /\n\nUser-agent: kabar\nDisallow: /x\n"), "/y"),
    ).toBe(true);
    expect(isAllowed(parseRobots(""), "/anything")).toBe(true);
  });
});

describe("Fetcher against a local server", () => {
  let server: FeedServer;
  let fetcher: Fetcher;
  beforeAll(async () => {
    server = await startFeedServer();
    fetcher = new Fetcher({ allowPrivate: true, maxBytes: 2 * 1024 * 1024, timeoutMs: 5000 });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  it("fetches a feed and honours a conditional GET", async () => {
    const first = await fetcher.get(`${server.url}/rss.xml`);
    expect(first.etag).toBe('"v1"');
    expect(new TextDecoder().decode(first.body)).toContain("<rss");
    const again = await fetcher.get(`${server.url}/rss.xml`, { etag: first.etag });
    expect(again.notModified).toBe(true);
  });

  it.each([
    ["a 404", "/nope", /HTTP 404/],
    ["a redirect loop", "/loop-a", /redirect loop/],
    ["an endless body", "/huge", /byte cap/],
    ["a path robots.txt disallows", "/private/feed.xml", /robots\.txt/],
  ])("%s is a clear error", async (_n, path, message) => {
    const before = process.memoryUsage().rss;
    await expect(fetcher.get(`${server.url}${path}`)).rejects.toThrow(message);
    // The 1 GB body is cut at the 2 MB cap, never held.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it("refuses loopback addresses unless allowed", async () => {
    const strict = new Fetcher();
    await expect(strict.get(`${server.url}/rss.xml`)).rejects.toMatchObject({ code: "E_FETCH_BLOCKED" });
    await expect(strict.get("http://localhost:1/x")).rejects.toMatchObject({ code: "E_FETCH_BLOCKED" });
    await expect(strict.get("file:///etc/passwd")).rejects.toMatchObject({ code: "E_FETCH_BLOCKED" });
    await expect(strict.get("/relative.xml")).rejects.toMatchObject({ code: "E_FETCH_BLOCKED" });
    await expect(strict.get("http://127.0.0.1:9/feed.xml")).rejects.toThrow(
      "http://127.0.0.1:9/feed.xml: private",
    );
    await strict.close();
  });
});
