import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readGold } from "./run.js";

const part = (name: string) =>
  readGold(fileURLToPath(new URL(`../corpora/stories/${name}.jsonl`, import.meta.url)));

describe("the story-clustering gold corpus", () => {
  const dev = part("dev");
  const test = part("test");
  const all = [...dev, ...test];

  it("has at least 300 articles and 30 stories in Indonesian and English", () => {
    const main = all.filter((a) => a.language === "id" || a.language === "en");
    expect(main.length).toBeGreaterThanOrEqual(300);
    expect(new Set(main.map((a) => a.story)).size).toBeGreaterThanOrEqual(30);
  });

  it("has at least 60 articles in at least 3 other languages, in both parts", () => {
    const other = all.filter((a) => a.language !== "id" && a.language !== "en");
    expect(other.length).toBeGreaterThanOrEqual(60);
    expect(new Set(other.map((a) => a.language)).size).toBeGreaterThanOrEqual(3);
    for (const p of [dev, test]) expect(p.some((a) => a.language !== "id" && a.language !== "en")).toBe(true);
    // Most of them report a story that Indonesian or English articles also cover: the join test.
    const mainStories = new Set(
      all.filter((a) => a.language === "id" || a.language === "en").map((a) => a.story),
    );
    expect(other.filter((a) => mainStories.has(a.story)).length).toBeGreaterThanOrEqual(40);
  });

  it("holds look-alike stories: the same kind of event in the same place or with the same people", () => {
    const stories = new Set(all.map((a) => a.story));
    for (const [a, b] of [
      ["trump-wins-2024", "trump-wins-2016"],
      ["turkey-syria-quake-2023", "turkey-elazig-quake-2020"],
      ["queen-elizabeth-death-2022", "charles-coronation-2023"],
      ["biden-xi-bali-2022", "biden-xi-woodside-2023"],
    ])
      expect([stories.has(a!), stories.has(b!)]).toEqual([true, true]);
  });

  it("splits by story: no story is in both parts", () => {
    const devStories = new Set(dev.map((a) => a.story));
    expect(test.filter((a) => devStories.has(a.story))).toEqual([]);
  });

  it("has unique ids and URLs, and every record is complete", () => {
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    expect(new Set(all.map((a) => a.url)).size).toBe(all.length);
    for (const a of all) {
      expect(a.url).toMatch(/^https?:\/\//);
      expect(a.title.length).toBeGreaterThan(0);
      expect(a.text.length).toBeGreaterThan(40);
      expect(
        a.published === null || /^\d{4}(-\d\d(-\d\d(T\d\d:\d\d([+-]\d\d:\d\d|Z)?)?)?)?$/.test(a.published),
      ).toBe(true);
    }
  });
});
