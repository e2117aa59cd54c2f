import { describe, expect, it } from "vitest";
import { layer } from "../../core/doc/document.js";
import { assertInvariants } from "../../core/doc/invariants.js";
import { segmentedDoc } from "./testing.js";

describe("segment", () => {
  it.each([
    ["id", "Presiden AS. Joe Biden tiba di Jakarta.", ["Presiden AS.", "Joe Biden tiba di Jakarta."]],
    [
      "id",
      "Ia tinggal di Jl. Sudirman No. 5 sejak 2019. Lalu pindah.",
      ["Ia tinggal di Jl. Sudirman No. 5 sejak 2019.", "Lalu pindah."],
    ],
    [
      "en",
      "Mr. Smith met Dr. Jones in the U.S. on Monday. They talked.",
      ["Mr. Smith met Dr. Jones in the U.S. on Monday.", "They talked."],
    ],
    [
      "en",
      "He visited J. R. Tolkien's house. It was closed.",
      ["He visited J. R. Tolkien's house.", "It was closed."],
    ],
    ["en", "The talks ended in the U.S. Officials left.", ["The talks ended in the U.S.", "Officials left."]],
    [
      "en",
      "The quake struck at 4 a.m. local time. Rescuers arrived at 6 a.m. Then it rained.",
      ["The quake struck at 4 a.m. local time.", "Rescuers arrived at 6 a.m.", "Then it rained."],
    ],
  ])("%s: %s", (language, text, expected) => {
    const doc = segmentedDoc(text, language);
    assertInvariants(doc);
    expect(layer(doc, "sentences").map((s) => s.text)).toEqual(expected);
  });

  it("keeps paragraphs apart and tokens rebuild the text", () => {
    const text = "Kim Jong-un tiba.\n\nRusia menyambutnya pada 12/9/2023.";
    const doc = segmentedDoc(text, "id");
    assertInvariants(doc);
    expect(layer(doc, "paragraphs")).toHaveLength(2);
    const tokens = layer(doc, "tokens");
    expect(tokens.map((t) => t.text)).toContain("Jong-un");
    expect(tokens.map((t) => t.text)).toContain("12/9/2023");
    expect(tokens.map((t) => t.text + t.ws).join("")).toBe(text.replace(/^\s+/, ""));
  });

  it("finds nothing in empty text", () => {
    const doc = segmentedDoc("", "en");
    expect(layer(doc, "sentences")).toEqual([]);
    expect(layer(doc, "tokens")).toEqual([]);
  });
});
