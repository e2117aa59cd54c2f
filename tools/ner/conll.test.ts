import { describe, expect, it } from "vitest";
import { mapLabel, parseConll, repairBio } from "./conll.js";
import { NerScorer, spans } from "./conlleval.js";

describe("parseConll", () => {
  it("reads IndoNLU's tab format", () => {
    const s = parseConll("Joko\tB-PERSON\nWidodo\tI-PERSON\ndi\tO\nBogor\tB-PLACE\n\nIa\tO\n\n");
    expect(s).toHaveLength(2);
    expect(s[0]!.tokens).toEqual(["Joko", "Widodo", "di", "Bogor"]);
    expect(s[0]!.tags).toEqual(["B-person", "I-person", "O", "B-place"]);
  });

  it("reads idner's 3-column space format with CRLF", () => {
    const s = parseConll("Berikut PROPN O\r\nJakarta PROPN B-LOC\r\n\r\nKPK PROPN B-ORG\r\n");
    expect(s.map((x) => x.tags)).toEqual([["O", "B-place"], ["B-organization"]]);
  });

  it("turns Wikigold's IO tags into BIO and counts -DOCSTART- documents", () => {
    const s = parseConll("-DOCSTART- O\n\nNew I-LOC\nYork I-LOC\nFC I-ORG\n\n-DOCSTART- O\n\nBob I-PER\n");
    expect(s[0]!.tags).toEqual(["B-place", "I-place", "B-organization"]);
    expect(s.map((x) => x.doc)).toEqual([0, 1]);
  });

  it("reads UNER's numbered columns and skips its comments", () => {
    const s = parseConll(
      "# sent_id = x\n# text = in tampa bay\n1\tin\tO\n2\ttampa\tB-LOC\t-\ts\n3\tbay\tI-LOC\t-\ts\n",
    );
    expect(s[0]!.tokens).toEqual(["in", "tampa", "bay"]);
    expect(s[0]!.tags).toEqual(["O", "B-place", "I-place"]);
  });

  it("keeps a bare # token", () => {
    expect(parseConll("#\tO\nUN\tB-ORG\n")[0]!.tokens).toEqual(["#", "UN"]);
  });

  it.each([
    ["B-PPL", "B-person"],
    ["I-ORGANISATION", "I-organization"],
    ["B-PLC", "B-place"],
    ["B-MISC", "O"],
    ["I-IND", "O"],
    ["B-EVT", "O"],
    ["B-FNB", "O"],
    ["B-O", "O"],
    ["O", "O"],
  ])("maps %s to %s", (raw, tag) => {
    expect(mapLabel(raw)).toBe(tag);
  });

  it("repairs I- after another type", () => {
    expect(repairBio(["B-person", "I-place", "O", "I-place"])).toEqual([
      "B-person",
      "B-place",
      "O",
      "B-place",
    ]);
  });
});

describe("conlleval scoring", () => {
  it.each([
    [
      ["B-person", "I-person", "O", "B-place"],
      ["person:0-2", "place:3-4"],
    ],
    [
      ["I-person", "I-person", "B-person"],
      ["person:0-2", "person:2-3"],
    ],
    [["O", "O"], []],
  ])("reads spans of %j", (tags, expected) => {
    expect(spans(tags).map((s) => `${s.type}:${s.start}-${s.end}`)).toEqual(expected);
  });

  it("computes micro and type-macro F1 by hand", () => {
    const sc = new NerScorer();
    // gold: person(0-2), place(3-4); pred: person(0-1) wrong boundary, place(3-4) right
    sc.add(["B-person", "I-person", "O", "B-place"], ["B-person", "O", "O", "B-place"]);
    // gold: organization(0-1); pred: organization(0-1) right, person(2-3) spurious
    sc.add(["B-organization", "O", "O"], ["B-organization", "O", "B-person"]);
    const r = sc.result();
    // tp 2, fp 2, fn 1 → P 0.5, R 2/3, F 4/7
    expect(r.micro.f1).toBeCloseTo(4 / 7, 10);
    // person: tp0 → F 0; place: F 1; organization: F 1 → macro 2/3
    expect(r.perType.person!.f1).toBe(0);
    expect(r.macroF1).toBeCloseTo(2 / 3, 10);
  });

  it("scores nothing-found against nothing-gold as zero types", () => {
    const sc = new NerScorer();
    sc.add(["O"], ["O"]);
    expect(sc.result().macroF1).toBe(0);
  });
});
