/**
 * @module
 * Servers for the browser tests, on free loopback ports: the example corpus ingested through the
 * real path (SQLite store, archive, clustering, dossier refresh), and the fixture story (hostile
 * markup, a contradiction) over the in-memory store.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Archive, currentDossier } from "../../src/app/archive.js";
import { createApp } from "../../src/http/app.js";
import { archiveIngestor } from "../../src/http/archive-ingestor.js";
import { type Listening, listen } from "../../src/http/server.js";
import { fixtureDossier } from "../../src/http/testing/fixture.js";
import { FakeIngestor, TOKEN } from "../../src/http/testing/harness.js";
import { MemoryStore } from "../../src/http/testing/memory-store.js";
import { Fetcher } from "../../src/stages/ingest/feeds/fetch.js";
import { openSqliteStore } from "../../src/storage/sqlite.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const WEB = join(ROOT, "web-dist");
export const EXAMPLE = join(ROOT, "examples", "kim-putin-2023");

/** The example corpus, ingested article by article like `kabar ingest` does. */
export async function exampleServer(): Promise<Listening & { close(): Promise<void> }> {
  const db = join(mkdtempSync(join(tmpdir(), "kabar-e2e-")), "kabar.db");
  const store = await openSqliteStore(db);
  const archive = await Archive.open(store);
  const ingestor = archiveIngestor(archive, new Fetcher());
  for (const name of readdirSync(EXAMPLE)
    .filter((n) => n.endsWith(".txt"))
    .sort()) {
    await ingestor.ingestDocument({
      source: join(EXAMPLE, name),
      raw: readFileSync(join(EXAMPLE, name), "utf8"),
      format: "text",
      hints: {},
    });
  }
  const app = createApp({
    store,
    ingestor,
    token: TOKEN,
    webRoot: WEB,
    dossierOf: (id) => currentDossier(store, id),
  });
  const server = await listen(app);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await store.close();
    },
  };
}

/** The fixture story (`copies` × 3 articles) over the in-memory store. */
export async function fixtureServer(copies = 1): Promise<Listening> {
  const store = new MemoryStore();
  store.addStory("s1", fixtureDossier(copies));
  return listen(createApp({ store, ingestor: new FakeIngestor(), token: TOKEN, webRoot: WEB }));
}
