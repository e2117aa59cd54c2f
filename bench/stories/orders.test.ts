import { describe, expect, it } from "vitest";
import { joinRate } from "./joined.js";
import { median, shuffled } from "./orders.js";

describe("arrival orders", () => {
  const items = Array.from({ length: 50 }, (_, i) => i);

  it("shuffles reproducibly by seed, into a permutation, without touching the input", () => {
    const a = shuffled(items, 3);
    expect(shuffled(items, 3)).toEqual(a);
    expect(shuffled(items, 4)).not.toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(a).not.toEqual(items);
    expect(items[0]).toBe(0);
  });

  it("takes the median of odd and even lists, and refuses an empty one", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

describe("joinRate", () => {
  const gold = new Map([
    ["a", "s1"],
    ["b", "s1"],
    ["c", "s1"],
    ["x", "s1"],
    ["y", "s2"],
    ["z", "s2"],
    ["w", "s3"],
  ]);
  const foreign = (id: string) => ["x", "y", "z", "w"].includes(id);

  it("counts a foreign article joined only in its story's main cluster, and skips one-article stories", () => {
    const predicted = new Map([
      ["a", "p1"],
      ["b", "p1"],
      ["c", "p1"],
      ["x", "p2"],
      ["y", "p3"],
      ["z", "p3"],
      ["w", "p4"],
    ]);
    expect(joinRate(gold, predicted, foreign)).toEqual({ joined: 2, total: 3, rate: 2 / 3 });
    predicted.set("x", "p1");
    expect(joinRate(gold, predicted, foreign).joined).toBe(3);
  });

  it("does not count a split story's foreign half as the story when the halves tie", () => {
    const g = new Map([
      ["a", "s1"],
      ["x", "s1"],
    ]);
    const p = new Map([
      ["a", "p1"],
      ["x", "p2"],
    ]);
    expect(joinRate(g, p, (id) => id === "x").joined).toBe(0);
  });
});
