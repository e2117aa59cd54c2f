import { describe, expect, it } from "vitest";
import { DomainError, formatMessage, isDomainError } from "../errors.js";
import { docFromRaw, layer, withLayer, withMeta } from "./document.js";
import { checkInvariants } from "./invariants.js";
import { OffsetMap } from "./offset-map.js";
import { spanOf } from "./span.js";

const doc = docFromRaw(
  { source: "a.txt", raw: "Satu dua tiga.", format: "text", hints: { title: "T" } },
  "id1",
);

describe("document", () => {
  it("adds layers without touching the original", () => {
    const next = withLayer(doc, "sentences", [spanOf(doc.text, 0, 14, "test/s")]);
    expect(layer(doc, "sentences")).toEqual([]);
    expect(layer(next, "sentences")).toHaveLength(1);
    expect(Object.isFrozen(next)).toBe(true);
    expect(withMeta(next, { outlet: "X" }).meta).toMatchObject({ outlet: "X", title: "T" });
  });

  it.each([
    ["out of bounds", [{ start: 10, end: 20, text: "x", rule: "r" }], /out of bounds/],
    ["text that does not match", [{ start: 0, end: 4, text: "Dua!", rule: "r" }], /does not match/],
    ["no rule", [{ start: 0, end: 4, text: "Satu", rule: "" }], /no rule/],
    ["unsorted", [spanOf("Satu dua tiga.", 5, 8, "r"), spanOf("Satu dua tiga.", 0, 4, "r")], /not sorted/],
  ])("invariants catch %s", (_, spans, problem) => {
    const bad = withLayer(doc, "sentences", spans);
    expect(checkInvariants(bad).join("\n")).toMatch(problem);
  });

  it("finds no problem in a sound document", () => {
    expect(checkInvariants(withLayer(doc, "sentences", [spanOf(doc.text, 0, 14, "r")]))).toEqual([]);
  });
});

describe("OffsetMap", () => {
  // raw "AAxxBB" cleaned to "AA\n\nBB": two kept pieces.
  const map = new OffsetMap([
    { cleanStart: 0, rawStart: 0, length: 2 },
    { cleanStart: 4, rawStart: 4, length: 2 },
  ]);
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 4],
    [5, 5],
  ])("clean %i → raw %i", (clean, raw) => {
    expect(map.toRaw(clean)).toBe(raw);
  });
});

describe("errors", () => {
  it("fills placeholders and keeps code and data", () => {
    const err = new DomainError("E_INPUT_EMPTY", { path: "x.txt" });
    expect(err.message).toBe("the file is empty: x.txt");
    expect(isDomainError(err, "E_INPUT_EMPTY")).toBe(true);
    expect(isDomainError(new Error("x"))).toBe(false);
    expect(formatMessage("E_NOT_FOUND", { what: "story" })).toBe("story not found: {id}");
  });
});
