import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ArticleDoc } from "../core/doc/document.js";
import { toArticles } from "../ingest/read-inputs.js";
import { openSqliteStore } from "../storage/sqlite/store.js";
import type { Store } from "../storage/store.js";
import { testDoc } from "../storage/testing.js";
import { analyzeArticle } from "./analyze.js";
import { Archive, currentDossier } from "./archive.js";
import { makeContext } from "./context.js";
import { cleanPipeline, defaultPipeline } from "./pipeline.js";

const dir = mkdtempSync(join(tmpdir(), "kabar-archive-maint-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// One earthquake told in four languages (src/story/cluster/maintenance.test.ts).
const QUAKE = [
  {
    title: "Strong earthquake near Marrakesh kills hundreds in Morocco",
    text: "A magnitude 6.8 earthquake struck the High Atlas south-west of Marrakesh late on Friday, killing hundreds of people in Al Haouz province, Morocco's interior ministry said.",
    language: "en",
    published: "2023-09-09",
  },
  {
    title: "Séisme au Maroc : des centaines de morts près de Marrakech",
    text: "Un séisme de magnitude 6,8 a frappé le Haut Atlas au sud-ouest de Marrakech vendredi soir, faisant des centaines de morts dans la province d'Al Haouz, selon le ministère de l'Intérieur du Maroc.",
    language: "fr",
    published: "2023-09-09",
  },
  {
    title: "Terremoto en Marruecos deja cientos de muertos cerca de Marrakech",
    text: "Un terremoto de magnitud 6,8 sacudió el Alto Atlas al suroeste de Marrakech el viernes por la noche y dejó cientos de muertos en la provincia de Al Haouz, según el Ministerio del Interior de Marruecos.",
    language: "es",
    published: "2023-09-09",
  },
  {
    title: "Erdbeben in Marokko: Hunderte Tote bei Marrakesch",
    text: "Ein Erdbeben der Stärke 6,8 hat am Freitagabend den Hohen Atlas südwestlich von Marrakesch erschüttert; in der Provinz Al Haouz starben Hunderte Menschen, teilte das Innenministerium Marokkos mit.",
    language: "de",
    published: "2023-09-10",
  },
  {
    title: "Morocco earthquake death toll passes 2,000 as rescuers reach Atlas villages",
    text: "The death toll from the earthquake in Morocco's High Atlas rose above 2,000, the interior ministry said, as rescuers reached villages in Al Haouz south of Marrakesh.",
    language: "en",
    published: "2023-09-10",
  },
].map((a, i) => testDoc({ ...a, url: `https://q${i}.example/quake` }));

/** The SQLite store, or the same without `mergeStory` (a backend that has none). */
const stores: [string, (s: Store) => Store][] = [
  ["a store with mergeStory", (s) => s],
  ["a store without it", (s) => Object.assign(Object.create(s) as Store, { mergeStory: undefined })],
];

describe("Archive applies story maintenance", () => {
  it.each(stores)("a merge moves every member of the absorbed story (%s)", async (name, wrap) => {
    const store = await openSqliteStore(join(dir, `m${++n}.db`));
    // An earlier run, in an unlucky order, left one event as two stories.
    const ids: string[] = [];
    for (const doc of QUAKE.slice(0, 3).concat(QUAKE[4]!)) ids.push((await store.putArticle(doc)).id);
    await store.assignStory(ids[0]!, "s-a");
    await store.assignStory(ids[3]!, "s-a");
    await store.assignStory(ids[1]!, "s-b");
    await store.assignStory(ids[2]!, "s-b");
    const archive = await Archive.open(wrap(store), { pipeline: cleanPipeline() });

    // The German report fits both: maintenance merges them, and the archive follows.
    const outcome = await archive.ingestDoc(QUAKE[3]!);
    const stories = await store.listStories();
    expect(stories).toHaveLength(1);
    const live = stories[0]!;
    expect(outcome.storyId).toBe(live.id);
    expect(live.articleCount).toBe(5);
    expect(live.languages).toEqual(["de", "en", "es", "fr"]);
    expect(await archive.refreshTouched()).toBe(1);
    expect((await currentDossier(store, live.id))?.articles).toHaveLength(5);
    if (name === "a store with mergeStory") {
      // Both ids, bookmarked before the merge, lead to the live story, its members and dossier.
      for (const old of ["s-a", "s-b"]) {
        expect((await store.getStory(old))?.id).toBe(live.id);
        expect(await store.listArticles({ storyId: old })).toHaveLength(5);
        expect((await store.getDossier(old))?.articles).toHaveLength(5);
        expect((await store.listEntities({ storyId: old })).length).toBe(
          (await store.listEntities({ storyId: live.id })).length,
        );
      }
    }
    await store.close();
  });

  it("redirects survive reopening and follow chains; a live story's own id is never redirected", async () => {
    const path = join(dir, "reopen.db");
    const store = await openSqliteStore(path);
    const ids: string[] = [];
    for (const doc of QUAKE.slice(0, 3)) ids.push((await store.putArticle(doc)).id);
    await store.assignStory(ids[0]!, "s-a");
    await store.assignStory(ids[1]!, "s-b");
    await store.assignStory(ids[2]!, "s-c");
    await store.mergeStory!("s-b", "s-a");
    await store.mergeStory!("s-a", "s-c");
    await store.close();
    const again = await openSqliteStore(path);
    expect((await again.listStories()).map((s) => [s.id, s.articleCount])).toEqual([["s-c", 3]]);
    for (const old of ["s-a", "s-b"]) expect((await again.getStory(old))?.id).toBe("s-c");
    // s-b names a story again (an id reused): its own row wins over the old redirect.
    await again.assignStory(ids[1]!, "s-b");
    expect((await again.getStory("s-b"))?.articleCount).toBe(1);
    expect((await again.getStory("s-a"))?.articleCount).toBe(2);
    await again.close();
  });

  // The bundled example split in the archive once: article 003 has no headline and its lead names
  // the war and the help promised rather than the meeting, and it stayed a story of its own.
  it("files the bundled example as one story of five in any arrival order", async () => {
    const folder = join(import.meta.dirname, "..", "..", "examples", "kim-putin-2023");
    const ctx = makeContext();
    const pipeline = defaultPipeline();
    const docs: ArticleDoc[] = readdirSync(folder)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) =>
        analyzeArticle(toArticles(f, readFileSync(join(folder, f), "utf8"), "text")[0]!, ctx, pipeline),
      );
    for (const order of [
      [0, 1, 2, 3, 4],
      [3, 1, 4, 2, 0],
      [3, 0, 4, 1, 2],
      [4, 3, 1, 0, 2],
    ]) {
      const store = await openSqliteStore(join(dir, `ex${++n}.db`));
      const archive = await Archive.open(store, { pipeline });
      for (const i of order) await archive.ingestDoc(docs[i]!);
      await archive.refreshTouched();
      expect(
        (await store.listStories()).map((s) => s.articleCount),
        `order ${order}`,
      ).toEqual([5]);
      await store.close();
    }
  }, 60_000);
});
