import { describe, expect, it } from "vitest";
import { phraseStep, wordKey } from "../../src/stages/entities/tagger/lexicon.js";
import { TAGGED_TYPES } from "../../src/stages/entities/tagger/tags.js";
import { WORDNET_BITS, wordnetLexicon, wordnetNames } from "./wordnet-names.js";

const phraseKey = (...words: string[]): number => words.reduce((acc, w) => phraseStep(acc, wordKey(w)), 0);

describe("wordnetNames", () => {
  const wn = wordnetNames();

  it.each([
    ["Picasso", "person"],
    ["Fiji", "place"],
    ["Eiffel Tower", "place"],
    ["Fatah", "organization"],
  ] as const)("types the named individual %s as %s", (name, type) => {
    expect(wn.names.get(name)?.has(type)).toBe(true);
  });

  it.each(["American", "Democrat"])("leaves out %s, a capitalised noun that is no individual", (word) => {
    expect(wn.names.has(word)).toBe(false);
  });

  it("knows lower-case lemmas and has gloss sentences", () => {
    expect(wn.everyday.has("bay")).toBe(true);
    expect(wn.everyday.has("picasso")).toBe(false);
    expect(wn.glosses.length).toBeGreaterThan(100_000);
  });
});

describe("wordnetLexicon", () => {
  const phrases = new Map<number, number>([[phraseKey("eiffel", "tower"), 99]]);
  const lex = wordnetLexicon(phrases);

  it.each([
    ["picasso", WORDNET_BITS.person],
    ["fiji", WORDNET_BITS.place],
    ["bay", WORDNET_BITS.everyday],
  ])("codes %s as 1 + its bits", (word, bits) => {
    expect(lex.get(wordKey(word))).toBe(1 + bits);
  });

  it("adds multi-word names as typed phrases without overriding an entry already there", () => {
    expect(phrases.get(phraseKey("new", "york"))).toBe(TAGGED_TYPES.indexOf("place") + 1);
    expect(phrases.get(phraseKey("eiffel", "tower"))).toBe(99);
  });
});
