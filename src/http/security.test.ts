import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadOrCreateToken, tokenMatches, tokenPathFor } from "./auth.js";
import { authed, TOKEN, testApp } from "./testing/harness.js";

const web = mkdtempSync(join(tmpdir(), "kabar-web-"));
writeFileSync(join(web, "index.html"), "<!doctype html><title>kabar</title>");
writeFileSync(join(tmpdir(), "kabar-secret.txt"), "secret");
const { call, ingestor } = testApp({ webRoot: web, limits: { maxBodyBytes: 4096 } });

describe("write endpoints need the token", () => {
  const body = { text: "Banjir melanda Bekasi." };
  it.each([
    [
      "no header",
      { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    ],
    ["wrong token", authed(body, "x".repeat(43))],
    ["token prefix", authed(body, TOKEN.slice(0, 20))],
    [
      "basic scheme",
      { method: "POST", headers: { authorization: `Basic ${TOKEN}` }, body: JSON.stringify(body) },
    ],
  ])("%s → 401", async (_name, init) => {
    const { status, body: got } = await call("/api/articles", init as RequestInit);
    expect([status, got.error.code]).toEqual([401, "E_UNAUTHORIZED"]);
    const feed = await call("/api/feeds", {
      ...(init as RequestInit),
      body: JSON.stringify({ url: "https://x.example" }),
    });
    expect(feed.status).toBe(401);
    expect(ingestor.seen).toEqual([]);
  });

  it.each([
    ["bearer", `Bearer ${TOKEN}`, true],
    ["lower-case scheme", `bearer ${TOKEN}`, true],
    ["empty", "", false],
    ["longer", `Bearer ${TOKEN}x`, false],
  ])("tokenMatches: %s", (_n, header, ok) => expect(tokenMatches(TOKEN, header)).toBe(ok));
});

describe("limits and bad input", () => {
  it("refuses an oversized body with E_BODY_TOO_LARGE", async () => {
    const { status, body } = await call("/api/articles", authed({ text: "x".repeat(10_000) }));
    expect([status, body.error.code]).toEqual([413, "E_BODY_TOO_LARGE"]);
  });
  it.each([
    ["malformed JSON", "{not json"],
    ["missing text", JSON.stringify({ url: "https://x.example/a" })],
    ["javascript: url", JSON.stringify({ text: "x", url: "javascript:alert(1)" })],
  ])("%s → 400 E_VALIDATION", async (_n, raw) => {
    const init = { ...authed({}), body: raw };
    const { status, body } = await call("/api/articles", init);
    expect([status, body.error.code]).toEqual([400, "E_VALIDATION"]);
  });
});

describe("static files", () => {
  it.each([
    ["/..%2f..%2fkabar-secret.txt", 400, "E_BAD_PATH"],
    ["/assets/..%5c..%5ckabar-secret.txt", 400, "E_BAD_PATH"],
    ["/a%00.js", 400, "E_BAD_PATH"],
    ["/%E0%A4%A", 400, "E_BAD_PATH"],
    // The URL parser already folds a literal or %2e-encoded `..` into the root: a plain miss.
    ["/%2e%2e/kabar-secret.txt", 404, "E_ROUTE_NOT_FOUND"],
    ["/../../kabar-secret.txt", 404, "E_ROUTE_NOT_FOUND"],
  ])("refuses %s", async (path, want, code) => {
    const { status, body } = await call(path);
    expect([status, body.error.code]).toEqual([want, code]);
    expect(JSON.stringify(body)).not.toContain('secret"');
  });
  it("serves index.html for the root and for deep links, 404 for missing assets", async () => {
    expect((await call("/")).body).toContain("<title>kabar");
    expect((await call("/story/s1")).body).toContain("<title>kabar");
    expect((await call("/assets/missing.js")).status).toBe(404);
  });
  it("sends a CSP without inline script and nosniff", async () => {
    const { res } = await call("/");
    const csp = res.headers.get("content-security-policy") ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc.trim()).toBe("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("token file", () => {
  it("is created once (0600) beside the database and then reused", () => {
    const db = join(mkdtempSync(join(tmpdir(), "kabar-db-")), "kabar.db");
    const first = loadOrCreateToken(tokenPathFor(db));
    const again = loadOrCreateToken(tokenPathFor(db));
    expect([first.created, again.created, again.token]).toEqual([true, false, first.token]);
    expect(readFileSync(`${db}.token`, "utf8").trim()).toBe(first.token);
    expect(statSync(`${db}.token`).mode & 0o777).toBe(0o600);
    expect(first.token.length).toBeGreaterThanOrEqual(43);
  });
});

describe("host guard (DNS rebinding)", () => {
  const guarded = testApp({ allowedHosts: ["127.0.0.1", "localhost", "::1"] });
  it.each([
    ["127.0.0.1:8080", 200],
    ["localhost", 200],
    ["LOCALHOST:1", 200],
    ["[::1]:8080", 200],
    ["evil.example", 421],
    ["evil.example:8080", 421],
    ["127.0.0.1.evil.example", 421],
    ["", 421],
  ])("Host %s → %i", async (host, status) => {
    const res = await guarded.app.request("http://x/api/stories", { headers: host ? { host } : {} });
    expect(res.status).toBe(status);
    if (status !== 200)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("E_BAD_HOST");
  });
});

describe("timeouts", () => {
  it("answers E_TIMEOUT (503) when a request outlives the limit", async () => {
    const slow = testApp({ limits: { timeoutMs: 50 } });
    slow.store.getStory = () => new Promise((resolve) => setTimeout(() => resolve(null), 2_000));
    const { status, body } = await slow.call("/api/stories/s1");
    expect([status, body.error.code]).toEqual([503, "E_TIMEOUT"]);
  });
  it("lets a request inside the limit through", async () => {
    const { status } = await testApp({ limits: { timeoutMs: 5_000 } }).call("/api/stories/s1");
    expect(status).toBe(200);
  });
});
