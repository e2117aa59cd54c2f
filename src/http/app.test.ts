import { gunzipSync } from "node:zlib";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { authed, testApp } from "./testing/harness.js";

const { app, call, store, ingestor } = testApp();

/** One case per endpoint in /openapi.json; the coverage test below fails when one is missing. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field below.
const ENDPOINTS: [string, string, RequestInit | undefined, number, (body: any) => void][] = [
  ["GET /api/stories", "/api/stories", undefined, 200, (b) => expect(b.stories[0].id).toBe("s1")],
  ["GET /api/stories/{id}", "/api/stories/s1", undefined, 200, (b) => expect(b.articleCount).toBe(3)],
  [
    "GET /api/stories/{id}/dossier",
    "/api/stories/s1/dossier",
    undefined,
    200,
    (b) => expect(b.contradictions[0].values).toHaveLength(2),
  ],
  [
    "GET /api/stories/{id}/articles",
    "/api/stories/s1/articles",
    undefined,
    200,
    (b) => expect(b.articles).toHaveLength(3),
  ],
  [
    "GET /api/stories/{id}/entities",
    "/api/stories/s1/entities",
    undefined,
    200,
    (b) => expect(b.entities[0].name).toBe("Bekasi"),
  ],
  [
    "GET /api/stories/{id}/quotes",
    "/api/stories/s1/quotes",
    undefined,
    200,
    (b) => expect(b.quotes).toHaveLength(3),
  ],
  [
    "GET /api/articles",
    "/api/articles?story=s1&limit=2",
    undefined,
    200,
    (b) => expect(b.articles).toHaveLength(2),
  ],
  [
    "GET /api/articles/{id}",
    "/api/articles/s1-a2",
    undefined,
    200,
    (b) => expect([b.article.outlet, b.annotations.mentions]).toEqual(["Warta Dua", []]),
  ],
  ["GET /api/entities", "/api/entities?limit=1", undefined, 200, (b) => expect(b.entities).toHaveLength(1)],
  [
    "GET /api/entities/{key}",
    "/api/entities/person%3AAhmad%20Rahman",
    undefined,
    200,
    (b) =>
      expect([b.name, b.aliases, b.stories.length, b.quotes.length]).toEqual([
        "Ahmad Rahman",
        ["Rahman"],
        1,
        3,
      ]),
  ],
  [
    "GET /api/search",
    "/api/search?q=dievakuasi",
    undefined,
    200,
    (b) => expect(b.hits[0].article.id).toBe("s1-a2"),
  ],
  [
    "POST /api/articles",
    "/api/articles",
    authed({ text: "Banjir melanda Bekasi." }),
    201,
    (b) => expect(b).toMatchObject({ status: "inserted", storyId: "s1" }),
  ],
  [
    "POST /api/feeds",
    "/api/feeds",
    authed({ url: "https://news.example/rss" }),
    200,
    (b) => expect(b.articles).toEqual([]),
  ],
  ["GET /openapi.json", "/openapi.json", undefined, 200, (b) => expect(b.openapi).toMatch(/^3\./)],
];

describe("endpoints", () => {
  it.each(ENDPOINTS)("%s", async (_name, path, init, status, check) => {
    const { status: got, body } = await call(path, init);
    expect(got, JSON.stringify(body)).toBe(status);
    check(body);
  });

  it("every endpoint in /openapi.json has a case above", async () => {
    const { body } = await call("/openapi.json");
    const declared = Object.entries(body.paths as Record<string, object>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    const tested = new Set(ENDPOINTS.map((e) => e[0]));
    expect(declared.filter((d) => !tested.has(d))).toEqual([]);
    expect(declared.length).toBeGreaterThanOrEqual(12);
  });

  it("/openapi.json validates as OpenAPI 3", async () => {
    const { body } = await call("/openapi.json");
    const result = await new Validator().validate(body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("the fake ingestor saw the ingested text", () => {
    expect(ingestor.seen).toContain("Banjir melanda Bekasi.");
    expect(store.stories.size).toBe(1);
  });
});

describe("story filters", () => {
  it.each([
    ["language=id", ["s1"]],
    ["language=fr", []],
    ["outlet=warta%20dua", ["s1"]],
    ["outlet=Nowhere", []],
    ["from=2024-03-01&to=2024-03-31", ["s1"]],
    ["from=2024-04", []],
    ["to=2024-02-28", []],
    ["q=bekasi", ["s1"]],
    ["q=tsunami", []],
  ])("%s", async (query, ids) => {
    const { body } = await call(`/api/stories?${query}`);
    expect(body.stories.map((s: { id: string }) => s.id)).toEqual(ids);
  });
});

describe("errors are JSON with codes", () => {
  it.each([
    ["/api/stories/nope", 404, "E_NOT_FOUND"],
    ["/api/stories/nope/dossier", 404, "E_NOT_FOUND"],
    ["/api/articles/nope", 404, "E_NOT_FOUND"],
    ["/api/stories?limit=0", 400, "E_VALIDATION"],
    ["/api/stories?from=yesterday", 400, "E_VALIDATION"],
    ["/api/search", 400, "E_VALIDATION"],
    ["/api/stories/a%20b", 400, "E_VALIDATION"],
    ["/api/nothing-here", 404, "E_ROUTE_NOT_FOUND"],
  ])("%s → %i %s", async (path, status, code) => {
    const { status: got, body } = await call(path);
    expect([got, body.error.code]).toEqual([status, code]);
    expect(body.error.message).toEqual(expect.any(String));
  });

  it("maps a domain error from the ingestor to its status", async () => {
    const { status, body } = await call("/api/feeds", authed({ url: "https://unreachable.example/rss" }));
    expect([status, body.error.code]).toEqual([502, "E_FEED_FETCH"]);
  });

  it("hides unexpected errors behind E_INTERNAL", async () => {
    const bugs: unknown[] = [];
    const broken = testApp({ onBug: (e) => bugs.push(e) });
    broken.store.getStory = async () => {
      throw new Error("secret detail");
    };
    const { status, body } = await broken.call("/api/stories/s1");
    expect([status, body.error.code, JSON.stringify(body).includes("secret")]).toEqual([
      500,
      "E_INTERNAL",
      false,
    ]);
    expect(bugs).toHaveLength(1);
  });
});

describe("dossier reads", () => {
  it("carry an ETag and answer 304 to a matching If-None-Match", async () => {
    const first = await call("/api/stories/s1/dossier");
    const etag = first.res.headers.get("etag") ?? "";
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await call("/api/stories/s1/dossier", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    const other = await call("/api/stories/s1/dossier", { headers: { "if-none-match": '"stale"' } });
    expect(other.status).toBe(200);
  });

  it("send a cached gzip to clients that accept it, the same JSON once inflated", async () => {
    const plain = await call("/api/stories/s1/dossier");
    const res = await app.request("/api/stories/s1/dossier", {
      headers: { "accept-encoding": "gzip, deflate" },
    });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("vary")).toBe("accept-encoding");
    const inflated = JSON.parse(gunzipSync(Buffer.from(await res.arrayBuffer())).toString("utf8"));
    expect(inflated).toEqual(plain.body);
    expect(plain.res.headers.get("content-encoding")).toBeNull();
  });

  it("serve a rebuilt dossier once the story changes", async () => {
    const before = (await call("/api/stories/s1/dossier")).body;
    const story = store.stories.get("s1");
    if (!story) throw new Error("fixture story missing");
    store.dossiers.set("s1", { ...before, contradictions: [] });
    store.stories.set("s1", { ...story, updatedAt: "2026-02-01T00:00:00.000Z" });
    expect((await call("/api/stories/s1/dossier")).body.contradictions).toEqual([]);
    store.dossiers.set("s1", before);
    store.stories.set("s1", story);
  });
});
