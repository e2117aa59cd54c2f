import { describe, expect, it } from "vitest";
import { extractFeatures, FEATURE_COUNT } from "./features.js";
import { CLUSTER_STRIDE, emptyLexicon, GAZETTEER_BITS, wordKey } from "./lexicon.js";

const BITS = 20;
/** Template `k`'s feature for token `i`. */
const feature = (feats: Int32Array, i: number, k: number): number => feats[i * FEATURE_COUNT + k]!;
// Template numbers of the capitalised-run context (see features.ts).
const RUN_FIRST = 44;
const RUN_BEFORE = 46;

describe("extractFeatures", () => {
  it("gives every word of a capitalised run its first word and the word before it", () => {
    const tokens = "kata Yayasan Pendidikan Perkebunan Yogyakarta kemarin".split(" ");
    const feats = extractFeatures(tokens, BITS);
    for (const k of [RUN_FIRST, RUN_BEFORE]) {
      expect(feature(feats, 3, k)).toBe(feature(feats, 2, k));
      expect(feature(feats, 4, k)).toBe(feature(feats, 2, k));
      expect(feature(feats, 5, k)).not.toBe(feature(feats, 2, k));
    }
    // The same template reads differently in another run ("Universitas …").
    const other = extractFeatures(
      "kata Universitas Pendidikan Perkebunan Yogyakarta kemarin".split(" "),
      BITS,
    );
    expect(feature(other, 3, RUN_FIRST)).not.toBe(feature(feats, 3, RUN_FIRST));
  });

  it("does not treat a lone sentence-initial capital as a run", () => {
    const initial = extractFeatures("Sebelumnya dia pergi".split(" "), BITS);
    const plain = extractFeatures("dia pergi kemarin".split(" "), BITS);
    expect(feature(initial, 0, RUN_FIRST)).toBe(feature(plain, 2, RUN_FIRST));
  });

  it("reads word clusters and gazetteer bits from the lexicon", () => {
    const tokens = "warga Bogor datang".split(" ");
    const lexicon = {
      ...emptyLexicon(),
      clusters: new Map([[wordKey("bogor"), 2 * CLUSTER_STRIDE + 7]]),
      gazetteer: new Map([[wordKey("bogor"), GAZETTEER_BITS.city]]),
    };
    const without = extractFeatures(tokens, BITS);
    const withLexicon = extractFeatures(tokens, BITS, lexicon);
    const changed = (i: number): number[] =>
      Array.from({ length: FEATURE_COUNT }, (_, k) => k).filter(
        (k) => feature(without, i, k) !== feature(withLexicon, i, k),
      );
    // Bogor's own cluster and gazetteer templates change, and so do its neighbours' views of it.
    expect(changed(1)).toEqual(expect.arrayContaining([39, 40, 43, 49, 50]));
    expect(changed(0)).toEqual(expect.arrayContaining([42, 50]));
    expect(changed(2)).toEqual(expect.arrayContaining([41, 50]));
    // All features stay inside the table.
    for (const f of withLexicon) expect(f >>> BITS).toBe(0);
  });
});
