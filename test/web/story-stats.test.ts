import { describe, expect, it } from "vitest";
import type { DossierArticle } from "../../src/core/dossier.js";
import { fixtureDossier } from "../../src/http/testing/fixture.js";
import { copyGroups, coverage, inStoryWindow, perDay, storyWindow } from "../../src/web/views/story-stats.js";

const dated = (a: DossierArticle, value: string | null): DossierArticle => ({
  ...a,
  published: { value, basis: value ? "stated" : "unknown" },
});

describe("story figures", () => {
  const d = fixtureDossier(2); // a1..a6: copies of three articles, two on one day

  it("counts articles per day with the empty days between, and the undated apart", () => {
    const articles = [
      dated(d.articles[0]!, "2024-03-01T08:00:00+07:00"),
      dated(d.articles[1]!, "2024-03-03"),
      dated(d.articles[2]!, null),
    ];
    expect(perDay(articles)).toEqual({
      days: [
        { label: "2024-03-01", n: 1 },
        { label: "2024-03-02", n: 0 },
        { label: "2024-03-03", n: 1 },
      ],
      undated: 1,
    });
  });

  it("groups copies: articles resting on the same origins share a group", () => {
    const groups = copyGroups(d.articles);
    // a1 and a4 are both Reuters copy; a2/a5 and a3/a6 repeat one outlet's text.
    expect(groups.get("a1")).toBe(groups.get("a4"));
    expect(groups.get("a2")).toBe(groups.get("a5"));
    expect(groups.get("a1")).not.toBe(groups.get("a2"));
    expect(copyGroups(d.articles.slice(0, 3)).size).toBe(0);
  });

  it("tallies outlets, origins and languages, most first", () => {
    const c = coverage(d.articles, (a) => a.outlet ?? "?");
    expect(c.languages).toEqual([
      { label: "en", n: 4 },
      { label: "id", n: 2 },
    ]);
    expect(c.origins.map((o) => o.label)).toEqual(["Kabar Tiga", "Reuters", "Warta Dua"]);
  });

  it("keeps the story's days in its window and sends background history out", () => {
    const w = storyWindow(d); // articles of 4 and 5 March 2024
    expect(inStoryWindow("2024-03-07", w)).toBe(true);
    expect(inStoryWindow("2024-03", w)).toBe(true);
    expect(inStoryWindow("2024", w)).toBe(false);
    expect(inStoryWindow("1945-08-17", w)).toBe(false);
    expect(inStoryWindow("2024-04-20", w)).toBe(false);
    expect(inStoryWindow("not a date", w)).toBe(false);
    expect(inStoryWindow("1945", null)).toBe(true);
  });
});
