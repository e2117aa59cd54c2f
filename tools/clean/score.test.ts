import { describe, expect, it } from "vitest";
import { EMPTY_META } from "../../src/core/doc/document.js";
import { fieldCorrect, lineScores, norm, normOutlet, outletOf, scoreLines, splitOf } from "./score.js";

describe("norm", () => {
  it.each([
    ["“Quoted”  text\n", '"quoted" text'],
    ["Jakarta – Senin", "jakarta - senin"],
    ["  it’s  ", "it's"],
  ])("%j → %j", (input, out) => expect(norm(input)).toBe(out));
});

describe("scoreLines", () => {
  const gold = { keep: ["Body one.", "Body two."], drop: ["Baca juga: x", "Editor: Y"] };
  it.each([
    ["Body one.\nBody two.", 2, 0, 0, 2],
    ["Baca juga: x\nBody one.\nBody two.\nEditor: Y", 2, 0, 2, 0],
    ["", 0, 2, 0, 2], // must find nothing: an empty output keeps no body
  ])("%j", (cleaned, keptBody, lostBody, keptChrome, removedChrome) => {
    expect(scoreLines(cleaned, gold)).toEqual({ keptBody, lostBody, keptChrome, removedChrome });
  });

  it("gives F1 1 only when all body is kept and no chrome", () => {
    expect(lineScores(scoreLines("Body one.\nBody two.", gold)).f1).toBe(1);
    expect(lineScores(scoreLines("Body one.\nEditor: Y", gold)).f1).toBeCloseTo(0.5, 6);
  });
});

describe("fieldCorrect", () => {
  const meta = (over: Partial<typeof EMPTY_META>) => ({ ...EMPTY_META, ...over });
  it.each([
    ["outlet", "Kompas.com", meta({ outlet: "KOMPAS.com" }), true],
    ["outlet", "Tempo", meta({ outlet: "TEMPO.CO" }), true],
    ["outlet", "Tempo", meta({ outlet: null }), false],
    ["authors", ["A B", "C D"], meta({ authors: ["c d", "A B"] }), true],
    ["authors", [], meta({ authors: ["Damanhuri |"] }), false],
    ["agencies", ["Associated Press"], meta({ agencies: ["AP"] }), true],
    ["dateline", "Woodside, Calif.", meta({ dateline: "WOODSIDE" }), true],
    ["dateline", null, meta({ dateline: "Jakarta" }), false],
    [
      "published",
      "2023-02-06T22:44+07:00",
      meta({ published: { value: "2023-02-06T22:44:00+07:00", basis: "stated" } }),
      true,
    ],
    [
      "published",
      "2023-02-06T22:44+07:00",
      meta({ published: { value: "2023-02-06", basis: "stated" } }),
      false,
    ],
    ["published", null, meta({ published: { value: "2023-02-06", basis: "inferred" } }), true],
    ["published", null, meta({ published: { value: "2023-02-06", basis: "stated" } }), false],
    ["language", "id", meta({ language: "id" }), true],
  ] as const)("%s gold %j", (field, gold, got, ok) => {
    expect(fieldCorrect(field, gold as never, got)).toBe(ok);
  });

  it("normalises outlet spellings", () => {
    expect(normOutlet("Tribun-Video.com")).toBe("tribunvideo");
    expect(normOutlet("The Jakarta Post")).toBe("jakartapost");
  });
});

describe("the outlet split", () => {
  it("puts every article of an outlet in one split, by the file name's prefix", () => {
    expect(outletOf("kompas-gempa-cianjur")).toBe("kompas");
    expect(splitOf("kompas-a")).toBe(splitOf("kompas-b-c"));
    for (const slug of ["abc-x", "tempo-y", "reuters-z"]) expect(["dev", "test"]).toContain(splitOf(slug));
  });

  it("sends about a third of outlets to test, the same on every run", () => {
    const outlets = Array.from({ length: 300 }, (_, i) => `outlet${i}-story`);
    const test = outlets.filter((o) => splitOf(o) === "test").length;
    expect(test / outlets.length).toBeGreaterThan(0.25);
    expect(test / outlets.length).toBeLessThan(0.42);
    expect(outlets.map(splitOf)).toEqual(outlets.map(splitOf));
  });
});
