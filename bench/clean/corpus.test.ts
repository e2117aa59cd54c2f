import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CleanGold } from "../../tools/clean/score.js";

const dir = fileURLToPath(new URL("../corpora/clean", import.meta.url));
const slugs = readdirSync(dir)
  .filter((n) => n.endsWith(".json"))
  .map((n) => n.slice(0, -5));
const gold = (slug: string): CleanGold =>
  JSON.parse(readFileSync(join(dir, `${slug}.json`), "utf8")) as CleanGold;
const raw = (slug: string): string => readFileSync(join(dir, `${slug}.txt`), "utf8");

describe("the cleaning gold corpus", () => {
  it("has at least 40 articles, about half Indonesian and half English", () => {
    const langs = slugs.map((s) => gold(s).meta.language);
    expect(slugs.length).toBeGreaterThanOrEqual(40);
    expect(langs.filter((l) => l === "id").length).toBeGreaterThanOrEqual(20);
    expect(langs.filter((l) => l === "en").length).toBeGreaterThanOrEqual(20);
  });

  it.each(slugs)("%s: every snippet is in the raw text and the source is recorded", (slug) => {
    const g = gold(slug);
    const text = raw(slug);
    expect(g.url).toMatch(/^https?:\/\//);
    expect(g.keep.length).toBeGreaterThan(0);
    for (const s of [...g.keep, ...g.drop]) expect(text).toContain(s);
    // A chrome snippet inside a body snippet could never be scored right.
    for (const d of g.drop) for (const k of g.keep) expect(k.includes(d)).toBe(false);
  });
});
