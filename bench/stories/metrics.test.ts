import { describe, expect, it } from "vitest";
import { bcubed, pairwise } from "./metrics.js";

const m = (labels: string): Map<string, string> =>
  new Map(labels.split(" ").map((l, i) => [`a${i}`, l] as [string, string]));

describe("pairwise", () => {
  it.each([
    // gold, predicted, precision, recall
    ["x x y y", "x x y y", 1, 1],
    ["x x y y", "p p q q", 1, 1], // labels are names only
    ["x x y y", "p p p p", 2 / 6, 1],
    ["x x y y", "p q r s", 0, 0], // must find nothing: no predicted pair, so no credit
    ["x x x y", "p p q q", 1 / 2, 1 / 3],
    ["x y z", "p q r", 1, 1],
  ])("gold %s vs predicted %s", (gold, pred, p, r) => {
    const s = pairwise(m(gold), m(pred));
    expect(s.precision).toBeCloseTo(p, 6);
    expect(s.recall).toBeCloseTo(r, 6);
  });

  it("counts an article the clusterer left out as its own singleton", () => {
    const pred = m("p p q");
    const s = pairwise(m("x x y y"), pred);
    expect(s.recall).toBeCloseTo(1 / 2, 6);
  });
});

describe("bcubed", () => {
  it.each([
    ["x x y y", "x x y y", 1, 1],
    ["x x y y", "p p p p", 0.5, 1],
    ["x x y y", "p q r s", 1, 0.5],
    // Bagga & Baldwin's worked shape: one wrong article in a cluster of three.
    ["x x y", "p p p", (2 / 3 + 2 / 3 + 1 / 3) / 3, 1],
  ])("gold %s vs predicted %s", (gold, pred, p, r) => {
    const s = bcubed(m(gold), m(pred));
    expect(s.precision).toBeCloseTo(p, 6);
    expect(s.recall).toBeCloseTo(r, 6);
    expect(s.f1).toBeCloseTo((2 * p * r) / (p + r), 6);
  });

  it("scores nothing on an empty gold set", () => {
    expect(bcubed(new Map(), new Map()).f1).toBe(0);
  });
});
