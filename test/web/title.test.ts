import { describe, expect, it } from "vitest";
import type { Dossier, DossierArticle } from "../../src/core/dossier.js";
import { fixtureDossier } from "../../src/http/testing/fixture.js";
import { centralHeadline, isUsableHeadline, storyTitle } from "../../src/web/title.js";

const withTitles = (titles: (string | null)[]): Dossier => {
  const base = fixtureDossier(2);
  return {
    ...base,
    articles: base.articles
      .slice(0, titles.length)
      .map((a, i): DossierArticle => ({ ...a, title: titles[i] ?? null })),
  };
};

describe("story titles", () => {
  it("rejects datelines and ids, keeps headlines", () => {
    expect(isUsableHeadline("MOSKOW, 10 September")).toBe(false);
    expect(isUsableHeadline("JAKARTA, September 10")).toBe(false);
    expect(isUsableHeadline("VLADIVOSTOK (Reuters) -")).toBe(false);
    expect(isUsableHeadline("Story s-09a91577e7233607")).toBe(false);
    expect(isUsableHeadline("Kim tiba di Vladivostok untuk bertemu Putin")).toBe(true);
    expect(isUsableHeadline("Banjir melanda Bekasi")).toBe(true);
  });

  it("picks the headline that shares most words with the others, not the first", () => {
    const early = "Kim may travel to Russia this month, officials say";
    const titles = [
      early,
      "Kim meets Putin at cosmodrome",
      "Putin meets Kim at Vostochny cosmodrome",
      "Putin and Kim meet at Vostochny",
    ];
    // The second shares 4 words with the first cosmodrome headline and 3 with the last.
    expect(centralHeadline(titles)).toBe("Putin meets Kim at Vostochny cosmodrome");
    expect(storyTitle(withTitles(titles), early)).toBe("Putin meets Kim at Vostochny cosmodrome");
  });

  it("prefers the headline from the story's median day when two are equally central", () => {
    const base = fixtureDossier(1); // a1 on 4 March; a2 and a3 on 5 March: the median day
    const d = {
      ...base,
      articles: base.articles.map((a, i) => ({
        ...a,
        title: ["Bekasi braces for heavy rain tonight", "Banjir melanda Bekasi sejak Senin", null][i] ?? null,
      })),
    };
    expect(storyTitle(d)).toBe("Banjir melanda Bekasi sejak Senin");
  });

  it("builds who — what — where from the best-supported claim when no headline is usable", () => {
    const d = withTitles(["BEKASI, 4 March", null, "s-0123456789abcdef"]);
    // The fixture's best-supported claim is the flood (3 origins); its most mentioned person is
    // Ahmad Rahman; Bekasi is already named in the claim.
    expect(storyTitle(d, "Story s-0123456789abcdef")).toBe("Ahmad Rahman — A flood hit Bekasi on Monday");
  });

  it("falls back to a plain label, never an id, when there is nothing to build from", () => {
    const d = { ...withTitles([null]), claims: [] };
    expect(storyTitle(d, "s-0123456789abcdef")).toBe("Untitled story");
  });
});
