/**
 * @module
 * Test wiring: an app over the {@link MemoryStore} holding the fixture story, a recording fake
 * {@link Ingestor}, a fixed token, and a request helper.
 */
import { DomainError } from "../../core/errors.js";
import { createApp } from "../app.js";
import type { ApiDeps, IngestOutcome, Ingestor } from "../deps.js";
import { fixtureDossier } from "./fixture.js";
import { MemoryStore } from "./memory-store.js";

export const TOKEN = "t".repeat(43);

export class FakeIngestor implements Ingestor {
  readonly seen: string[] = [];
  async ingestDocument(raw: { raw: string }): Promise<IngestOutcome> {
    if (!raw.raw.trim()) throw new DomainError("E_INPUT_EMPTY", { path: "api" });
    this.seen.push(raw.raw);
    return { id: `n${this.seen.length}`, status: "inserted", version: 1, storyId: "s1" };
  }
  async ingestFeed(url: string) {
    if (url.includes("unreachable")) throw new DomainError("E_FEED_FETCH", { url, detail: "refused" });
    return { url, articles: [], failures: [] };
  }
}

export function testApp(deps: Partial<ApiDeps> = {}) {
  const store = new MemoryStore();
  store.addStory("s1", fixtureDossier());
  const ingestor = new FakeIngestor();
  const app = createApp({ store, ingestor, token: TOKEN, ...deps });
  const call = async (path: string, init: RequestInit = {}) => {
    const res = await app.request(path, init);
    const type = res.headers.get("content-type") ?? "";
    return { res, status: res.status, body: type.includes("json") ? await res.json() : await res.text() };
  };
  return { app, store, ingestor, call };
}

export const authed = (body: unknown, token = TOKEN): RequestInit => ({
  method: "POST",
  headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
  body: JSON.stringify(body),
});
