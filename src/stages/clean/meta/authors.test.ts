import { describe, expect, it } from "vitest";
import { withShippedCues } from "../testing.js";
import { type AuthorInput, authorCandidates, authorKey } from "./author-candidates.js";
import { readAuthors } from "./authors.js";
import type { RankerFile } from "./outlet.js";

const BODY =
  "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke posko pengungsian di balai desa terdekat.";

function input(
  top: readonly string[],
  bottom: readonly string[] = [],
  more: Partial<AuthorInput> = {},
): AuthorInput {
  return {
    raw: [...top, BODY, ...bottom].join("\n"),
    text: BODY,
    removed: [],
    title: null,
    ruleAuthors: [],
    ...more,
  };
}

const candidate = (i: AuthorInput, name: string) =>
  withShippedCues(() => authorCandidates(i)).find((c) => c.key === authorKey(name));

describe("author candidates and how they were printed", () => {
  it.each([
    // [top lines, bottom lines, name, features it must carry]
    [["Penulis: Rina Ayu Larasati"], [], "Rina Ayu Larasati", ["label:author", "where:top"]],
    [["Editor: Sari Hardiyanto"], [], "Sari Hardiyanto", ["label:editor"]],
    [["Akhyar Zein | Kamis, 11/02/2021 16:59 WIB"], [], "Akhyar Zein", ["beside:date", "label:none"]],
    [[], ["Warga kembali ke rumah masing-masing. (MUHAMMAD HAMIM/B-2)"], "Muhammad Hamim", ["kind:paren"]],
    [[], ["Jan Wolfe"], "Jan Wolfe", ["line:alone", "where:last-line"]],
  ])("%j %j: %s", (top, bottom, name, has) => {
    const c = candidate(input(top, bottom), name);
    expect(c).toBeDefined();
    for (const f of has) expect(c!.features.has(f), f).toBe(true);
  });

  it.each([
    ["a date", ["Kamis, 11/02/2021 16:59 WIB"], "11/02/2021"],
    ["a sentence", ["Petugas datang. Warga pulang."], "Warga"],
  ])("never offers %s", (_what, top, name) => {
    expect(candidate(input(top), name)).toBeUndefined();
  });
});

describe("readAuthors", () => {
  const model: RankerFile = { version: "test", threshold: 0.5, weights: { bias: -2, "label:author": 4 } };
  it.each([
    // [top lines, rule authors, model, authors]
    [["Penulis: Rina Ayu Larasati"], [], model, ["Rina Ayu Larasati"]],
    [["Penulis: Rina Ayu Larasati"], ["Budi Santoso"], model, ["Budi Santoso"]],
    [["Akhyar Zein | Kamis, 11/02/2021 16:59 WIB"], [], model, []],
    [["Penulis: Rina Ayu Larasati"], [], null, []],
  ] as const)("%j, rules %j → %j", (top, rules, m, authors) => {
    const d = withShippedCues(() => readAuthors(input(top, [], { ruleAuthors: rules }), m));
    expect(d.authors).toEqual(authors);
  });
});
