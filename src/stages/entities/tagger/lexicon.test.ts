import { describe, expect, it } from "vitest";
import { extractFeatures, FEATURE_COUNT } from "./features.js";
import {
  buildLexicon,
  CLUSTER_STRIDE,
  GAZETTEER_BITS,
  matchPhrases,
  phraseStep,
  wordKey,
} from "./lexicon.js";
import { decodeModel, encodeModel } from "./model-io.js";
import { train } from "./perceptron.js";
import { tagIndex } from "./tags.js";

const S = (text: string, tags: string) => ({ tokens: text.split(" "), tags: tags.split(" ") });

const SENTS = [
  S("Warga Jakarta Selatan menunggu", "O B-place I-place O"),
  S("Banjir di Jakarta Selatan", "O O B-place I-place"),
  S("Rapat di kantor", "O O O"),
  S("Kantor Jakarta ditutup", "O B-place O"),
];

describe("buildLexicon", () => {
  const lex = buildLexicon(SENTS);

  it.each([
    ["jakarta", true],
    ["kantor", true],
    ["selatan", true],
    ["menunggu", false], // seen once: below minCount
    ["bandung", false], // never seen: must find nothing
  ])("%s in words: %s", (word, present) => {
    expect(lex.words.has(wordKey(word))).toBe(present);
  });

  it("codes a name word differently from a common word", () => {
    expect(lex.words.get(wordKey("jakarta"))).not.toBe(lex.words.get(wordKey("kantor")));
  });

  it("records multi-word names and matches them longest-first", () => {
    const keys = Int32Array.from(["di", "jakarta", "selatan", "kemarin"], wordKey);
    expect(Array.from(matchPhrases(keys, 0, 4, lex.phrases))).toEqual([0, 5, 6, 0]);
  });

  it("matches nothing in a sentence without known names", () => {
    const keys = Int32Array.from(["di", "kantor", "kemarin"], wordKey);
    expect(Array.from(matchPhrases(keys, 0, 3, lex.phrases))).toEqual([0, 0, 0]);
  });

  it("phrase keys depend on word order", () => {
    const a = phraseStep(phraseStep(0, wordKey("jakarta")), wordKey("selatan"));
    const b = phraseStep(phraseStep(0, wordKey("selatan")), wordKey("jakarta"));
    expect(a).not.toBe(b);
  });
});

describe("model file round trip", () => {
  it("decodes what it encodes (weights within quantisation, lexicon exact)", () => {
    const lexicon = {
      ...buildLexicon(SENTS),
      external: new Map([[wordKey("bogor"), 9]]),
      clusters: new Map([[wordKey("bogor"), 3 * CLUSTER_STRIDE + 200]]),
      gazetteer: new Map([[wordKey("bogor"), GAZETTEER_BITS.city]]),
      gazetteerPhrases: new Map([[phraseStep(phraseStep(0, wordKey("jawa")), wordKey("barat")), 3]]),
    };
    expect(lexicon.phrases.size).toBeGreaterThan(0);
    const data = SENTS.map((s) => ({
      feats: extractFeatures(s.tokens, 10, lexicon),
      gold: Uint8Array.from(s.tags, tagIndex),
    }));
    const model = {
      ...train(data, { bits: 10, featureCount: FEATURE_COUNT, epochs: 3, seed: 3 }),
      lexicon,
      domain: 2,
    };
    const { model: back, header } = decodeModel(encodeModel(model, "id"));
    expect(header.language).toBe("id");
    expect(back.domain).toBe(2);
    expect([...back.lexicon!.words]).toEqual([...lexicon.words].sort(([a], [b]) => a - b));
    for (const table of ["phrases", "external", "clusters", "gazetteer", "gazetteerPhrases"] as const) {
      expect(new Map(back.lexicon![table])).toEqual(lexicon[table]);
    }
    const max = Math.max(...Array.from(model.weights, Math.abs));
    back.weights.forEach((q, k) => {
      expect(Math.abs(q / header.scale - model.weights[k]!)).toBeLessThanOrEqual(max / 32767);
    });
  });

  it("rejects a foreign file", () => {
    expect(() => decodeModel(new Uint8Array([1, 2, 3]))).toThrow();
  });
});
