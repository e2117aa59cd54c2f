import { describe, expect, it } from "vitest";
import { nameKey, skeleton } from "./names.js";
import { countriesIn } from "./places.js";

describe("nameKey", () => {
  it.each([
    ["Džong", "Dzong", "Jong"],
    ["Marrakech", "Marrakesch", "Marrakesh"],
    ["Erdoğan", "Erdogan", "ERDOGAN"],
    ["Türkei", "Turkei", "turkei"],
  ])("folds %s, %s and %s to one key", (a, b, c) => {
    expect(nameKey(a)).toBe(nameKey(b));
    expect(nameKey(b)).toBe(nameKey(c));
  });

  it("keeps different names apart", () => {
    expect(nameKey("Biden")).not.toBe(nameKey("Harris"));
    expect(nameKey("Sumedang")).not.toBe(nameKey("Semarang"));
  });

  it("meets an Arabic spelling through the consonant skeleton, article dropped", () => {
    expect(skeleton(nameKey("مراكش"))).toBe(skeleton(nameKey("Marrakech")));
    expect(nameKey("المغرب")).toBe(nameKey("مغرب"));
  });
});

describe("countriesIn", () => {
  const codes = (text: string) => countriesIn(text.split(/\s+/).map(nameKey));

  it.each([
    ["Turquía", "tr"],
    ["Türkei", "tr"],
    ["Turquie", "tr"],
    ["تركيا", "tr"],
    ["Marruecos", "ma"],
    ["المغرب", "ma"],
    ["Estados Unidos", "us"],
    ["États-Unis d'Amérique", "us"],
  ])("finds %s as %s", (name, code) => {
    expect(codes(name)).toEqual([code]);
  });

  it("finds an inflected form by its stem (Polish 'w Turcji')", () => {
    expect(codes("w Turcji")).toEqual(["tr"]);
  });

  it("finds nothing in text without a country name", () => {
    expect(codes("Gempa guncang Pulau Bawean pada Jumat siang")).toEqual([]);
  });
});
