import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { RawArticle } from "../core/doc/document.js";
import { openSqliteStore } from "../storage/sqlite/store.js";
import { testDoc } from "../storage/testing.js";
import { Archive, currentDossier } from "./archive.js";
import { cleanPipeline } from "./pipeline.js";

const dir = mkdtempSync(join(tmpdir(), "kabar-archive-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const raw = (url: string, title: string, text: string, published: string): RawArticle => ({
  source: url,
  raw: text,
  format: "json",
  hints: { url, title, published: { value: published, basis: "stated" } },
});

const FLOOD_A = raw(
  "https://a.example/banjir",
  "Banjir rendam ratusan rumah di Dayeuhkolot",
  "Banjir merendam ratusan rumah warga di Kecamatan Dayeuhkolot, Kabupaten Bandung, Jawa Barat, setelah hujan deras sejak Senin malam. BPBD Kabupaten Bandung mengevakuasi warga ke posko pengungsian.",
  "2024-03-05",
);
const FLOOD_B = raw(
  "https://b.example/banjir-dayeuhkolot",
  "Ribuan warga Dayeuhkolot mengungsi akibat banjir",
  "Ribuan warga Dayeuhkolot, Kabupaten Bandung, mengungsi karena banjir setinggi dua meter. BPBD Kabupaten Bandung mencatat ratusan rumah terendam banjir dan posko pengungsian didirikan.",
  "2024-03-06",
);
const MATCH = raw(
  "https://c.example/persib",
  "Persib kalahkan Persija 2-1",
  "Persib Bandung mengalahkan Persija Jakarta dengan skor 2-1 dalam lanjutan Liga 1 di Stadion Gelora Bandung Lautan Api. Gol kemenangan dicetak pada menit akhir.",
  "2024-03-06",
);

async function open() {
  const store = await openSqliteStore(join(dir, `a${++n}.db`));
  return { store, archive: await Archive.open(store, { pipeline: cleanPipeline() }) };
}

describe("Archive", () => {
  it("stores, clusters and de-duplicates; a new version keeps its story", async () => {
    const { store, archive } = await open();
    const a = await archive.ingest(FLOOD_A);
    const b = await archive.ingest(FLOOD_B);
    const c = await archive.ingest(MATCH);
    expect([a.status, b.status, c.status]).toEqual(["inserted", "inserted", "inserted"]);
    expect(b.storyId).toBe(a.storyId);
    expect(c.storyId).not.toBe(a.storyId);
    expect((await archive.ingest(FLOOD_A)).status).toBe("unchanged");
    const v2 = await archive.ingest({
      ...FLOOD_B,
      raw: `${FLOOD_B.raw} Pemerintah menyalurkan bantuan logistik.`,
    });
    expect(v2).toMatchObject({ status: "updated", id: b.id, storyId: a.storyId });
    expect((await store.getStory(a.storyId!))?.articleCount).toBe(2);
    expect(await archive.refreshTouched()).toBe(2);
    const dossier = await currentDossier(store, a.storyId!);
    expect(dossier?.articles).toHaveLength(2);
    expect(await currentDossier(store, "no-such-story")).toBeNull();
    await store.close();
  });

  it("a reopened archive places articles a killed run left without a story, and remembers stories", async () => {
    const path = join(dir, "reopen.db");
    const store = await openSqliteStore(path);
    // As if a run was killed between the article's commit and its placement.
    await store.putArticle(
      testDoc({ text: FLOOD_A.raw, title: FLOOD_A.hints.title!, language: "id", published: "2024-03-05" }),
    );
    await store.close();
    const again = await openSqliteStore(path);
    const archive = await Archive.open(again, { pipeline: cleanPipeline() });
    expect(await again.unclusteredArticles()).toEqual([]);
    const [story] = await again.listStories();
    expect(story?.articleCount).toBe(1);
    // The restored clusterer puts a related article into the stored story.
    expect((await archive.ingest(FLOOD_B)).storyId).toBe(story?.id);
    await again.close();
  });

  // Issue 13: kill -9 during the dossier phase left the story without a dossier, and re-running
  // ingest said "0 stories touched".
  it("a reopened archive redoes the dossiers an interrupted run left missing or stale", async () => {
    const path = join(dir, "stale.db");
    const store = await openSqliteStore(path);
    const first = await Archive.open(store, { pipeline: cleanPipeline() });
    const a = await first.ingest(FLOOD_A);
    await first.ingest(FLOOD_B);
    const c = await first.ingest(MATCH);
    expect(await first.refreshTouched()).toBe(2);
    // As if killed after a new version's commit and placement, before its story's dossier.
    const update = " Pemerintah menyalurkan bantuan logistik.";
    await first.ingest({ ...FLOOD_B, raw: `${FLOOD_B.raw}${update}` });
    await store.close();

    const again = await openSqliteStore(path);
    const second = await Archive.open(again, { pipeline: cleanPipeline() });
    expect([...second.touched]).toEqual([a.storyId]);
    expect(await second.refreshTouched()).toBe(1);
    const texts = (await again.getDossier(a.storyId!))?.articles.map((x) => x.text).join("\n");
    expect(texts).toContain(update.trim());
    expect((await again.getDossier(c.storyId!))?.articles).toHaveLength(1);
    await again.close();

    const third = await openSqliteStore(path);
    expect([...(await Archive.open(third, { pipeline: cleanPipeline() })).touched]).toEqual([]);
    await third.close();
  });
});
