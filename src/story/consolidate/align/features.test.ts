import { describe, expect, it } from "vitest";
import type { KeyWeights } from "./blocking.js";
import { pairFeatures } from "./features.js";
import type { Amount, Frame } from "./frames.js";
import { incompatible } from "./index.js";

const weights: KeyWeights = { weight: () => 1, squared: () => 1 };

const frame = (amounts: Amount[]): Frame => ({
  facet: "amount",
  actors: new Set(),
  places: new Set(),
  locatives: new Map(),
  concepts: new Set(),
  events: new Set(),
  stems: new Set(),
  amounts,
  days: [],
  modality: "asserted",
  words: 8,
  trigrams: new Set(),
});

const people = (n: number, role: string | null, noun: string | null = null): Amount => ({
  lo: n,
  hi: n,
  unit: "#person",
  role,
  noun,
});

describe("counts of people align only when they count the same thing", () => {
  it.each([
    // a, b, sameAmount, sameRole, roleConflict, sameNoun, blocked
    ["62 dead / 62 dead", people(62, "ev:die"), people(62, "ev:die"), 1, 1, 0, 0, false],
    ["62 dead / 62 injured", people(62, "ev:die"), people(62, "ev:injure"), 0, 0, 1, 0, true],
    ["12 missing / 12 dead", people(12, "ev:missing"), people(12, "ev:die"), 0, 0, 1, 0, true],
    // Found and died are the same dead in different words: not a conflict.
    ["11 found / 11 dead", people(11, "ev:find"), people(11, "ev:die"), 1, 0, 0, 0, false],
    ["unknown role", people(11, null, "i1"), people(11, "ev:die", "i1"), 1, 0, 0, 1, false],
    ["other nouns", people(75, null, "i1"), people(75, null, "i2"), 1, 0, 0, 0, false],
  ] as const)("%s", (_, a, b, same, sameRole, conflict, sameNoun, blocked) => {
    const x = pairFeatures(frame([a]), frame([b]), true, weights);
    expect([x.sameAmount, x.sameRole, x.roleConflict, x.sameNoun]).toEqual([
      same,
      sameRole,
      conflict,
      sameNoun,
    ]);
    expect(incompatible(x)).toBe(blocked);
  });

  it("keeps a pair that also shares a count of the same outcome", () => {
    const x = pairFeatures(
      frame([people(62, "ev:die"), people(79, "ev:injure")]),
      frame([people(62, "ev:injure"), people(79, "ev:injure")]),
      true,
      weights,
    );
    expect([x.sameAmount, x.roleConflict]).toEqual([1, 0]);
  });
});

describe("how rare a shared amount is", () => {
  it.each([
    // squared weight of the amount's key, of a key no frame has → amountRarity
    [1, 4, 0.5],
    [4, 4, 1],
  ])("weight² %d of max %d → %d", (mine, max, rarity) => {
    const w: KeyWeights = { weight: () => 1, squared: (_, k) => (k === "\u0000" ? max : mine) };
    const x = pairFeatures(frame([people(2, "ev:die")]), frame([people(2, "ev:die")]), true, w);
    expect(x.amountRarity).toBeCloseTo(rarity);
  });
});

describe("exact counts and clock times", () => {
  const clock = (minutes: number): Amount => ({
    lo: minutes,
    hi: minutes,
    unit: "#clock",
    role: null,
    noun: null,
  });
  const km = (n: number): Amount => ({ lo: n, hi: n, unit: "#km", role: null, noun: null });
  it.each([
    // a, b, sameAmount, nearCount, otherAmount
    ["151 dead / 151 dead", people(151, "ev:die"), people(151, "ev:die"), 1, 0, 0],
    // Successive tolls within rounding are different figures, not one (nor a contradiction).
    ["151 dead / 153 dead", people(151, "ev:die"), people(153, "ev:die"), 0, 1, 0],
    ["01.45 / 01.50", clock(105), clock(110), 0, 1, 0],
    ["01.45 / 03.30", clock(105), clock(210), 0, 0, 1],
    // Measures are converted and rounded between outlets: 2,891 m is 2.9 km.
    ["2.891 km / 2.9 km", km(2.891), km(2.9), 1, 0, 0],
  ] as const)("%s", (_, a, b, same, near, other) => {
    const x = pairFeatures(frame([a]), frame([b]), true, weights);
    expect([x.sameAmount, x.nearCount, x.otherAmount]).toEqual([same, near, other]);
  });

  it.each([
    // nouns (WordNet senses), conflict
    ["infant / woman", "i88382", "i94168", 1],
    ["person / woman: a count of people in no particular kind", "i35562", "i94168", 0],
    ["body / climber", "i64381", "i89025", 0],
    ["same kind", "i89025", "i89025", 0],
  ])("%s", (_, a, b, conflict) => {
    const x = pairFeatures(frame([people(1, null, a)]), frame([people(1, null, b)]), true, weights);
    expect(x.nounConflict).toBe(conflict);
  });
});
