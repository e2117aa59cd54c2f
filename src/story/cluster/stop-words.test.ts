import { describe, expect, it } from "vitest";
import { words } from "./features.js";
import { stopWordsFor } from "./stop-words.js";

describe("stop words by language", () => {
  it("drops a language's function words from its texts only", () => {
    expect(words("La reina murió en el castillo de Balmoral", Number.POSITIVE_INFINITY, "es")).toEqual([
      "reina",
      "murió",
      "castillo",
      "balmoral",
    ]);
    // "die" is an article in German and a verb in English.
    expect(stopWordsFor("de").has("die")).toBe(true);
    expect(words("Hundreds die in the heat", Number.POSITIVE_INFINITY, "en")).toContain("die");
  });

  it("falls back to the packs' words for a language the lists do not hold", () => {
    expect(stopWordsFor("xx").has("yang")).toBe(true);
    expect(stopWordsFor("xx").has("der")).toBe(false);
  });
});
