/**
 * @module
 * The conformance suite every {@link Store} backend runs: de-duplication, versions, search with
 * Indonesian inflections, entities, stories, dossiers and feeds. A backend's test calls
 * {@link storeConformance} with a function that opens a fresh, empty store.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkInvariants } from "../core/doc/invariants.js";
import type { Dossier } from "../core/dossier.js";
import type { Store } from "./store.js";
import { testDoc } from "./testing.js";

const FLOOD = testDoc({
  title: "Pertemuan darurat bahas banjir Bandung",
  text: "Gubernur Jawa Barat menggelar pertemuan darurat dengan BPBD setelah banjir merendam Dayeuhkolot. Ribuan warga mengungsi.",
  url: "https://example.id/banjir-1",
  outlet: "Contoh",
  language: "id",
  published: "2024-03-05",
  entities: [
    ["Jawa Barat", "place"],
    ["BPBD", "organization"],
    ["Dayeuhkolot", "place"],
  ],
});
const FLOOD_V2 = testDoc({
  title: "Pertemuan darurat bahas banjir Bandung (diperbarui)",
  text: "Gubernur Jawa Barat menggelar pertemuan darurat dengan BPBD setelah banjir merendam Dayeuhkolot. Sebanyak 3.000 warga mengungsi.",
  url: "https://example.id/banjir-1",
  outlet: "Contoh",
  language: "id",
  published: "2024-03-05",
  entities: [["BPBD", "organization"]],
});
const QUAKE = testDoc({
  title: "Earthquake shakes Sulawesi",
  text: "A magnitude 6.1 earthquake shook central Sulawesi on Tuesday, the BMKG agency said. Officials reported damaged buildings.",
  url: "https://example.com/quake",
  outlet: "Example News",
  language: "en",
  published: "2024-03-06",
  entities: [
    ["Sulawesi", "place"],
    ["BMKG", "organization"],
  ],
});

export function storeConformance(name: string, open: () => Promise<Store>): void {
  describe(`Store conformance: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it("stores an article and reads it back whole", async () => {
      const put = await store.putArticle(FLOOD);
      expect(put).toEqual({ status: "inserted", id: FLOOD.id, version: 1 });
      const rec = await store.getArticle(put.id);
      expect(rec?.title).toBe(FLOOD.meta.title);
      expect(rec?.published).toBe("2024-03-05");
      const doc = await store.getDoc(put.id);
      expect(doc?.text).toBe(FLOOD.text);
      expect(doc?.layers.mentions).toEqual(FLOOD.layers.mentions);
      expect(doc?.offsets.toRaw(5)).toBe(5);
      expect(checkInvariants(doc!)).toEqual([]);
      expect(await store.countArticles()).toBe(1);
    });

    it.each([
      ["same content", () => FLOOD],
      ["same content from another source", () => ({ ...FLOOD, source: "elsewhere.txt" })],
    ])("re-ingesting %s is a no-op", async (_n, again) => {
      await store.putArticle(FLOOD);
      const put = await store.putArticle(again());
      expect(put.status).toBe("unchanged");
      expect(await store.countArticles()).toBe(1);
    });

    it("a newer version of a URL replaces the text and keeps the history", async () => {
      const first = await store.putArticle(FLOOD);
      const second = await store.putArticle(FLOOD_V2);
      expect(second).toEqual({ status: "updated", id: first.id, version: 2 });
      expect((await store.getArticle(first.id))?.text).toBe(FLOOD_V2.text);
      const history = await store.articleHistory(first.id);
      expect(history.map((h) => [h.version, h.text])).toEqual([[1, FLOOD.text]]);
      // The old content is still known: putting it again changes nothing.
      expect((await store.putArticle(FLOOD)).status).toBe("unchanged");
      expect(await store.countArticles()).toBe(1);
      expect((await store.findArticle({ contentId: FLOOD.id }))?.id).toBe(first.id);
      expect((await store.findArticle({ url: "https://example.id/banjir-1" }))?.version).toBe(2);
      // Entities follow the current version.
      expect((await store.listEntities()).map((e) => e.name)).toEqual(["BPBD"]);
    });

    it.each([
      ["an inflected Indonesian form", "bertemu", ["Pertemuan darurat bahas banjir Bandung"]],
      ["an English inflection", "earthquakes", ["Earthquake shakes Sulawesi"]],
      ["two words, both required", "banjir warga", ["Pertemuan darurat bahas banjir Bandung"]],
      ["FTS syntax is taken as words", 'banjir" OR NOT *', []],
      ["must find nothing for an absent word", "tsunami", []],
      ["must find nothing for punctuation only", "?!", []],
    ])("search: %s", async (_n, query, titles) => {
      await store.putArticle(FLOOD);
      await store.putArticle(QUAKE);
      const hits = await store.search(query);
      expect(hits.map((h) => h.article.title)).toEqual(titles);
      for (const h of hits) expect(h.snippet.length).toBeGreaterThan(0);
    });

    it("search filters by language", async () => {
      await store.putArticle(FLOOD);
      await store.putArticle(QUAKE);
      expect(await store.search("BMKG", { language: "id" })).toEqual([]);
      expect((await store.search("BMKG", { language: "en" })).length).toBe(1);
    });

    it("stories summarise their members and list newest first", async () => {
      await store.putArticle(FLOOD);
      await store.putArticle(QUAKE);
      expect(await store.unclusteredArticles()).toHaveLength(2);
      await store.assignStory(FLOOD.id, "s1");
      await store.assignStory(QUAKE.id, "s1");
      const story = await store.getStory("s1");
      expect(story).toMatchObject({
        articleCount: 2,
        outlets: ["Contoh", "Example News"],
        languages: ["en", "id"],
        firstPublished: "2024-03-05",
        lastPublished: "2024-03-06",
      });
      expect(await store.unclusteredArticles()).toHaveLength(0);
      expect((await store.listArticles({ storyId: "s1" })).length).toBe(2);
      expect((await store.listStories()).map((s) => s.id)).toEqual(["s1"]);
      const members = await store.clusterMembers();
      expect(members.map((m) => m.storyId)).toEqual(["s1", "s1"]);
      expect(members[0]?.entities).toContain("BPBD");
      expect((await store.listEntities({ storyId: "s1" })).length).toBe(5);
      expect(await store.getStory("missing")).toBeNull();
      // Moving an article re-summarises both stories; an emptied story disappears.
      await store.assignStory(QUAKE.id, "s2");
      expect((await store.getStory("s1"))?.articleCount).toBe(1);
      expect((await store.getStory("s2"))?.languages).toEqual(["en"]);
      await store.assignStory(QUAKE.id, "s1");
      expect(await store.getStory("s2")).toBeNull();
    });

    it("a merge moves the members and leaves the old id resolving to the live story", async () => {
      await store.putArticle(FLOOD);
      await store.putArticle(QUAKE);
      await store.assignStory(FLOOD.id, "s1");
      await store.assignStory(QUAKE.id, "s2");
      const d = { schema: "kabar.dossier/1", articles: [], summary: { text: "old", citations: [] } };
      await store.putDossier("s2", d as unknown as Dossier);
      await store.mergeStory!("s2", "s1");
      expect((await store.listStories()).map((s) => [s.id, s.articleCount])).toEqual([["s1", 2]]);
      expect((await store.getStory("s2"))?.id).toBe("s1");
      expect((await store.listArticles({ storyId: "s2" })).length).toBe(2);
      expect((await store.listEntities({ storyId: "s2" })).length).toBe(5);
      // The absorbed story's dossier went with it; the live story's (none yet) is what resolves.
      expect(await store.getDossier("s2")).toBeNull();
    });

    it("keeps the latest dossier of a story", async () => {
      const d = {
        schema: "kabar.dossier/1",
        articles: [],
        summary: { text: "x", citations: [] },
      } as unknown as Dossier;
      expect(await store.getDossier("s1")).toBeNull();
      await store.putDossier("s1", d);
      await store.putDossier("s1", { ...d, summary: { text: "y", citations: [] } });
      expect((await store.getDossier("s1"))?.summary.text).toBe("y");
    });

    it("feeds: add is idempotent, updates persist, remove works", async () => {
      await store.addFeed("https://example.com/rss", "Example");
      await store.addFeed("https://example.com/rss");
      await store.updateFeed("https://example.com/rss", {
        etag: '"abc"',
        failures: 2,
        lastError: "HTTP 500",
      });
      const feeds = await store.listFeeds();
      expect(feeds).toHaveLength(1);
      expect(feeds[0]).toMatchObject({ title: "Example", etag: '"abc"', failures: 2, lastError: "HTTP 500" });
      expect(await store.removeFeed("https://example.com/rss")).toBe(true);
      expect(await store.removeFeed("https://example.com/rss")).toBe(false);
      expect(await store.getFeed("https://example.com/rss")).toBeNull();
    });
  });
}
