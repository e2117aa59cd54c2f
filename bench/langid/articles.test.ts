import { describe, expect, it } from "vitest";
import { goldArticles, languageOf } from "./articles.js";

describe("langid on whole articles", () => {
  const all = goldArticles();

  it("reads the gold languages of the facts and cleaning corpora", () => {
    expect(all.filter((a) => a.corpus === "facts").length).toBeGreaterThanOrEqual(100);
    expect(all.filter((a) => a.corpus === "clean").length).toBeGreaterThanOrEqual(200);
    expect(new Set(all.map((a) => a.split))).toEqual(new Set(["dev", "test"]));
  });

  // The annotated Indonesian pages that were read as Malay ("Seobuk Hospital", formal "ialah").
  it.each(["itaewon-crush-2022/alinea-id.txt", "itaewon-crush-2022/merahputih-id.txt"])(
    "reads %s as Indonesian",
    (file) => {
      const article = all.find((a) => a.path.endsWith(file));
      expect(article?.lang).toBe("id");
      expect(languageOf(article!.path)).toBe("id");
    },
  );
});
