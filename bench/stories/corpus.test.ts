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
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(new Set(all.map((a) => a.story)).size).toBeGreaterThanOrEqual(30);
    expect(new Set(all.map((a) => a.language))).toEqual(new Set(["id", "en"]));
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
