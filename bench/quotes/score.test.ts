import { describe, expect, it } from "vitest";
import type { Quote } from "../../src/core/doc/layers/quotes.js";
import { type GoldArticle, sameSpeaker, scoreArticle, tally } from "./score.js";

describe("speaker names", () => {
  it.each([
    ["Bahara Marpaung", "Bahara Marpaung", [], true],
    ["AKBP Bahara Marpaung", "Bahara Marpaung", [], true],
    ["Peskov", "Dmitry Peskov", [], true],
    ["Zulhas", "Zulkifli Hasan", ["Zulhas"], true],
    ["Kapolres", "Bahara Marpaung", [], false],
    [null, "Bahara Marpaung", [], false],
    ["", "Bahara Marpaung", [], false],
  ] as const)("%j vs %j → %s", (system, gold, aliases, want) => {
    expect(sameSpeaker(system, gold, aliases)).toBe(want);
  });
});

const gold: GoldArticle = {
  source: "test",
  language: "en",
  text: "x".repeat(100),
  quotes: [
    { start: 0, end: 20, direct: true, speaker: "Ann Lee", text: "" },
    { start: 40, end: 60, direct: false, speaker: "Ann Lee", text: "" },
  ],
};
const q = (start: number, end: number, direct: boolean, name: string | null): Quote => ({
  start,
  end,
  direct,
  text: "",
  rule: "test",
  speaker: name ? { name, via: "test" } : null,
});

describe("span matching", () => {
  it("needs half the longer span and the same direct flag", () => {
    const t = tally();
    scoreArticle(gold, [q(0, 18, true, "Lee"), q(40, 100, false, "Ann Lee"), q(70, 80, true, null)], t);
    expect([t.tp, t.fp, t.fn, t.speakerRight]).toEqual([1, 2, 1, 1]);
  });

  it("a direct quote does not match an indirect one", () => {
    const t = tally();
    scoreArticle(gold, [q(40, 60, true, "Ann Lee")], t);
    expect([t.tp, t.fp, t.fn]).toEqual([0, 1, 2]);
  });
});
