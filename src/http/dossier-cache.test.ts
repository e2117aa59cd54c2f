import { describe, expect, it } from "vitest";
import type { Dossier } from "../core/dossier.js";
import type { StoryRecord } from "../storage/store.js";
import { DossierCache } from "./dossier-cache.js";

const story = (updatedAt: string, articleCount: number): StoryRecord => ({
  id: "s1",
  title: null,
  articleCount,
  outlets: [],
  languages: [],
  firstPublished: null,
  lastPublished: null,
  createdAt: "2024-03-05T00:00:00Z",
  updatedAt,
});

/** A build function that counts its calls and returns a dossier stub tagged with the count. */
function counted() {
  let calls = 0;
  const build = async () => {
    calls += 1;
    return { schema: "kabar.dossier/1", calls } as unknown as Dossier;
  };
  return { build, calls: () => calls };
}

describe("DossierCache", () => {
  it("without a version, every write (a new update time) builds the body again", async () => {
    const cache = new DossierCache(60_000);
    const b = counted();
    await cache.get(story("t1", 1), b.build);
    await cache.get(story("t1", 1), b.build);
    await cache.get(story("t2", 2), b.build);
    expect(b.calls()).toBe(2);
  });

  it("with a version, writes that leave the dossier as it was keep the cache warm", async () => {
    const cache = new DossierCache(60_000);
    const b = counted();
    const first = await cache.get(story("t1", 1), b.build, 3);
    const again = await cache.get(story("t2", 2), b.build, 3);
    expect(b.calls()).toBe(1);
    expect(again?.etag).toBe(first?.etag);
    const rebuilt = await cache.get(story("t2", 2), b.build, 4);
    expect(b.calls()).toBe(2);
    expect(rebuilt?.etag).not.toBe(first?.etag);
  });

  it("an entry expires after its time, version or not (a dossier rebuilt by another process)", async () => {
    let now = 0;
    const cache = new DossierCache(5_000, 64, () => now);
    const b = counted();
    await cache.get(story("t1", 1), b.build, 1);
    now = 6_000;
    await cache.get(story("t1", 1), b.build, 1);
    expect(b.calls()).toBe(2);
  });
});
