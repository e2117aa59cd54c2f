import { describe, expect, it } from "vitest";
import { domainBucket, extractFeatures, FEATURE_COUNT, withDomain } from "./features.js";
import { decodeModel, encodeModel } from "./model-io.js";
import {
  foldDomain,
  type PerceptronModel,
  prng,
  type TrainingSentence,
  train,
  viterbi,
} from "./perceptron.js";
import { allowed, TAG_COUNT, TAGS, tagIndex } from "./tags.js";

const BITS = 12;

/** A tiny synthetic language: capitalised words after "pak" are people, after "di" places. */
const SENTENCES: [string, string][] = [
  ["pak Budi datang di Bandung", "O B-person O O B-place"],
  ["pak Andi pergi di Surabaya", "O B-person O O B-place"],
  ["kemarin pak Citra tiba di Medan", "O O B-person O O B-place"],
  ["pak Dewi Lestari tinggal di Bogor", "O B-person I-person O O B-place"],
  ["mereka makan nasi di rumah", "O O O O O"],
  ["pak Eko bekerja di Malang", "O B-person O O B-place"],
];

const toTraining = ([text, tags]: [string, string]): TrainingSentence => ({
  feats: extractFeatures(text.split(" "), BITS),
  gold: Uint8Array.from(tags.split(" "), tagIndex),
});

const decode = (model: PerceptronModel, text: string): string[] => {
  const tokens = text.split(" ");
  return Array.from(viterbi(model, extractFeatures(tokens, BITS), tokens.length), (t) => TAGS[t]!);
};

describe("averaged perceptron + Viterbi", () => {
  const model = train(SENTENCES.map(toTraining), {
    bits: BITS,
    featureCount: FEATURE_COUNT,
    epochs: 10,
    seed: 1,
  });

  it.each(SENTENCES)("fits its training sentence %s", (text, tags) => {
    expect(decode(model, text)).toEqual(tags.split(" "));
  });

  it.each([
    ["pak Fajar datang di Depok", ["O", "B-person", "O", "O", "B-place"]],
    ["mereka makan nasi", ["O", "O", "O"]],
  ])("generalises to %s", (text, tags) => {
    expect(decode(model, text)).toEqual(tags);
  });

  it("is reproducible with a fixed seed", () => {
    const again = train(SENTENCES.map(toTraining), {
      bits: BITS,
      featureCount: FEATURE_COUNT,
      epochs: 10,
      seed: 1,
    });
    expect(Array.from(again.weights)).toEqual(Array.from(model.weights));
  });

  it("never emits I-X after O even when the emission weights prefer it", () => {
    const weights = new Float32Array((1 << BITS) * TAG_COUNT);
    // Make I-person the best emission for every feature bucket.
    for (let k = 0; k < weights.length; k += TAG_COUNT) weights[k + tagIndex("I-person")] = 5;
    const forced: PerceptronModel = {
      bits: BITS,
      featureCount: FEATURE_COUNT,
      weights,
      trans: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
    };
    const out = decode(forced, "a b c");
    expect(out[0]).not.toBe("I-person");
    out.forEach((t, i) => {
      expect(allowed(i === 0 ? -1 : tagIndex(out[i - 1]!), tagIndex(t))).toBe(true);
    });
  });

  it("returns nothing for an empty sentence", () => {
    expect(viterbi(model, new Int32Array(0), 0)).toHaveLength(0);
  });
});

describe("cost-augmented training (margin)", () => {
  const text = "pak Budi datang di Bandung";
  const tokens = text.split(" ");
  const gold = Uint8Array.from("O B-person O O B-place".split(" "), tagIndex);
  const feats = extractFeatures(tokens, BITS);

  it.each([
    [0, "the tie-break sequence (all O)"],
    [1, "a sequence off gold: every other tag scores 1 more"],
  ])("with zero weights, cost %d decodes %s", (cost) => {
    const zero: PerceptronModel = {
      bits: BITS,
      featureCount: FEATURE_COUNT,
      weights: new Float32Array((1 << BITS) * TAG_COUNT),
      trans: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
    };
    // All scores tie at 0 and Viterbi's ties go to the lowest tag (O); with a cost, every
    // token's gold tag is the one tag that does not gain, so no token keeps it.
    const out = viterbi(zero, feats, tokens.length, gold, cost);
    if (cost === 0) expect(Array.from(out)).toEqual(Array(tokens.length).fill(tagIndex("O")));
    else for (const [i, t] of out.entries()) expect(t).not.toBe(gold[i]);
  });

  it.each([1, 5, 40])("still fits the training sentences with cost %d", (cost) => {
    const m = train(SENTENCES.map(toTraining), {
      bits: BITS,
      featureCount: FEATURE_COUNT,
      epochs: 10,
      seed: 1,
      cost,
    });
    for (const [t, tags] of SENTENCES) expect(decode(m, t)).toEqual(tags.split(" "));
  });
});

describe("BIO constraints", () => {
  it.each([
    [-1, "B-person", true],
    [-1, "I-person", false],
    [tagIndex("O"), "I-place", false],
    [tagIndex("B-place"), "I-place", true],
    [tagIndex("I-place"), "I-place", true],
    [tagIndex("B-person"), "I-place", false],
    [tagIndex("I-organization"), "O", true],
  ])("from %i to %s allowed=%s", (prev, next, ok) => {
    expect(allowed(prev, tagIndex(next))).toBe(ok);
  });
});

describe("features", () => {
  it("gives every token FEATURE_COUNT features inside the hash table", () => {
    const f = extractFeatures(["Joko", "Widodo", "berkunjung", "."], 10);
    expect(f).toHaveLength(4 * FEATURE_COUNT);
    for (const x of f) expect(x >= 0 && x < 1024).toBe(true);
  });

  it("depends on capitalisation", () => {
    const a = extractFeatures(["Budi"], 16);
    const b = extractFeatures(["budi"], 16);
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });

  it("prng is deterministic", () => {
    const r1 = prng(7);
    const r2 = prng(7);
    expect([r1(), r1(), r1()]).toEqual([r2(), r2(), r2()]);
  });
});

describe("foldDomain", () => {
  // Two "domains" that disagree on what follows "kampus": a person in one, a place in the other.
  const DOMAIN_A = 1;
  const DOMAIN_B = 2;
  const sentences: [string, string, number][] = [
    ["di kampus Budi ada", "O O B-person O", DOMAIN_A],
    ["di kampus Andi ada", "O O B-person O", DOMAIN_A],
    ["di kampus Depok ada", "O O B-place O", DOMAIN_B],
    ["di kampus Bogor ada", "O O B-place O", DOMAIN_B],
    ["pak Eko datang", "O B-person O", DOMAIN_A],
    ["pak Eko datang", "O B-person O", DOMAIN_B],
  ];
  const data = sentences.map(([text, tags, domain]) => ({
    feats: withDomain(extractFeatures(text.split(" "), BITS), domain, BITS),
    gold: Uint8Array.from(tags.split(" "), tagIndex),
  }));
  const trained = train(data, { bits: BITS, featureCount: FEATURE_COUNT, epochs: 10, seed: 3 });
  // Quantised as in the model file, so the shipped Int16 path is the one tested.
  const { model: shipped } = decodeModel(encodeModel(trained, "id"));

  it.each([DOMAIN_A, DOMAIN_B])("tags with the folded weights as with domain %i's copies added", (domain) => {
    const folded = foldDomain(shipped, domain, domainBucket);
    expect(folded.domain).toBe(0);
    for (const text of ["di kampus Citra ada", "di kampus Medan ada", "pak Eko datang", "kemarin hujan"]) {
      const tokens = text.split(" ");
      const withCopies = viterbi(
        shipped,
        withDomain(extractFeatures(tokens, BITS), domain, BITS),
        tokens.length,
      );
      const withFolded = viterbi(folded, extractFeatures(tokens, BITS), tokens.length);
      expect(Array.from(withFolded)).toEqual(Array.from(withCopies));
    }
  });

  it("keeps the two domains' conventions apart", () => {
    const tokens = "di kampus Citra ada".split(" ");
    const tagIn = (domain: number): string =>
      TAGS[viterbi(foldDomain(shipped, domain, domainBucket), extractFeatures(tokens, BITS), 4)[2]!]!;
    expect(tagIn(DOMAIN_A)).toBe("B-person");
    expect(tagIn(DOMAIN_B)).toBe("B-place");
  });

  it.each([
    // [copy weight, what the Int16 fold must score as]
    [0, "general features alone"],
    [0.2, "general + 0.2 × copy"],
    [0.5, "general + 0.5 × copy"],
  ])("folds the copy at weight %f exactly as %s (up to rounding)", (weight) => {
    const folded = foldDomain(shipped, DOMAIN_B, domainBucket, weight);
    const float = foldDomain({ ...trained }, DOMAIN_B, domainBucket, weight);
    for (const text of ["di kampus Citra ada", "di kampus Medan ada", "pak Eko datang"]) {
      const tokens = text.split(" ");
      const feats = extractFeatures(tokens, BITS);
      expect(Array.from(viterbi(folded, feats, tokens.length))).toEqual(
        Array.from(viterbi(float, feats, tokens.length)),
      );
    }
  });

  it("reads the copy weight from the model file, and a weight 0 drops the copy", () => {
    const file = decodeModel(encodeModel({ ...trained, domain: DOMAIN_B, domainWeight: 0.25 }, "id")).model;
    expect(file.domainWeight).toBe(0.25);
    expect(decodeModel(encodeModel(trained, "id")).model.domainWeight).toBeUndefined();
    const general = foldDomain(shipped, DOMAIN_B, domainBucket, 0);
    // Domain 0 means the general weights even for a model that names a domain of its own.
    expect(foldDomain(file, 0, domainBucket).domain).toBe(0);
    const tokens = "di kampus Citra ada".split(" ");
    const alone = viterbi(shipped, extractFeatures(tokens, BITS), 4);
    expect(Array.from(viterbi(general, extractFeatures(tokens, BITS), 4))).toEqual(Array.from(alone));
  });
});
