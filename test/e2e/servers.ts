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
import type { Dossier } from "../../src/core/dossier.js";
import { createApp } from "../../src/http/app.js";
import { archiveIngestor } from "../../src/http/archive-ingestor.js";
import { type Listening, listen } from "../../src/http/server.js";
import { fixtureDossier, HOSTILE } from "../../src/http/testing/fixture.js";
import { FakeIngestor, TOKEN } from "../../src/http/testing/harness.js";
import { MemoryStore } from "../../src/http/testing/memory-store.js";
import { Fetcher } from "../../src/ingest/feeds/fetch.js";
import { openSqliteStore } from "../../src/storage/sqlite/store.js";

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

/**
 * The fixture story with hostile markup in every field the story, entity and search pages show
 * (outlet, headline, URL, agencies, origins, entity names and aliases, quotes, claims, timeline),
 * a background event decades before the story, a single-source claim and a quote that carries its
 * own quotation marks; plus a second story sharing the entity "Ahmad Rahman", for the entity page.
 */
export function hostileDossier(): Dossier {
  const base = fixtureDossier();
  const articles = base.articles.map((a, i) => ({
    ...a,
    outlet: i === 2 ? `Kabar ${HOSTILE.img}` : a.outlet,
    title: i === 1 ? `${a.title} ${HOSTILE.script}` : a.title,
    url: i === 2 ? "javascript:window.__xss=5" : a.url,
    agencies: i === 0 ? [`Reuters ${HOSTILE.img}`] : a.agencies,
    origins: i === 0 ? [`Reuters ${HOSTILE.img}`] : a.origins,
  }));
  const quoteText = `"${HOSTILE.script} we evacuated"`;
  return {
    ...base,
    articles,
    entities: [
      ...base.entities.map((e) =>
        e.id === "e2" ? { ...e, aliases: [...e.aliases, `Rahman ${HOSTILE.img}`] } : e,
      ),
      // An airport (in the map's second gazetteer file) and a person named like a city (not a place).
      { id: "e4", name: "Bandara Soekarno-Hatta", type: "place", aliases: [], mentions: [] },
      { id: "e5", name: "Surabaya", type: "person", aliases: [], mentions: [] },
    ],
    timeline: [
      {
        date: "1945-08-17",
        what: `Independence ${HOSTILE.img}`,
        articles: ["a2"],
        evidence: [{ article: "a2", start: 0, end: 6, text: "Banjir" }],
      },
      ...base.timeline,
    ],
    quotes: [
      ...base.quotes,
      {
        article: "a3",
        start: 0,
        end: 9,
        text: quoteText,
        direct: true,
        speaker: { entity: "e2", name: "Ahmad Rahman" },
      },
    ],
    claims: [
      ...base.claims,
      {
        id: "k3",
        what: `Schools reopen ${HOSTILE.textarea}`,
        articles: ["a1"],
        origins: [`Reuters ${HOSTILE.img}`],
        evidence: [{ article: "a1", start: 0, end: 6, text: "BEKASI" }],
        singleSource: true,
      },
    ],
  };
}

/** The hostile story (s1) and a second story about the same governor (s2) over the memory store. */
export async function hostileServer(): Promise<Listening> {
  const store = new MemoryStore();
  store.addStory("s1", hostileDossier());
  const second = fixtureDossier();
  store.addStory("s2", {
    ...second,
    articles: second.articles.map((a) => ({ ...a, title: `Rahman visits shelters ${a.id}` })),
  });
  return listen(createApp({ store, ingestor: new FakeIngestor(), token: TOKEN, webRoot: WEB }));
}
