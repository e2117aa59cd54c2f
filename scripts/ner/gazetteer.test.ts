import { describe, expect, it } from "vitest";
import { GAZETTEER_BITS, phraseStep, wordKey } from "../../src/stages/entities/tagger/lexicon.js";
import { TAGGED_TYPES } from "../../src/stages/entities/tagger/tags.js";
import { buildTaggerGazetteer, everydayWords } from "./gazetteer.js";

const phraseKey = (...words: string[]): number => words.reduce((acc, w) => phraseStep(acc, wordKey(w)), 0);

describe("buildTaggerGazetteer", () => {
  const gaz = buildTaggerGazetteer(new Set(["yang"]));

  it("marks one-word entries with the bit of each list they are in", () => {
    expect(gaz.words.get(wordKey("jepang"))! & GAZETTEER_BITS.country).toBeTruthy();
    expect(gaz.words.get(wordKey("surabaya"))! & GAZETTEER_BITS.city).toBeTruthy();
    expect(gaz.words.get(wordKey("samsung"))! & GAZETTEER_BITS.company).toBeTruthy();
    expect(gaz.words.get(wordKey("margaret"))! & GAZETTEER_BITS.personName).toBeTruthy();
    expect(gaz.words.get(wordKey("yang"))).toBeUndefined();
  });

  it("keeps multi-word entries as typed phrases", () => {
    expect(gaz.phrases.get(phraseKey("amerika", "serikat"))).toBe(TAGGED_TYPES.indexOf("place") + 1);
  });

  it("drops one- and two-letter company tickers", () => {
    expect((gaz.words.get(wordKey("ak")) ?? 0) & GAZETTEER_BITS.company).toBe(0);
  });
});

describe("everydayWords", () => {
  it("finds words mostly written in lower case away from the sentence start", () => {
    const words = everydayWords([
      ["Yang", "datang", "yang", "lain"],
      ["Ini", "yang", "dibawa", "Yang", "Jiechi"],
      ["Kata", "Margaret", "yang", "lalu"],
      ["Bertemu", "Margaret", "."],
      // A lower-cased corpus's sentence: no evidence.
      ["kata", "margaret", "lalu"],
      ["bertemu", "margaret", "."],
    ]);
    expect(words.has("yang")).toBe(true);
    expect(words.has("margaret")).toBe(false);
    // Seen once only: no evidence either way.
    expect(words.has("datang")).toBe(false);
  });
});
