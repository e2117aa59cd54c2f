import { describe, expect, it } from "vitest";
import { counts } from "../harness.js";
import { confuse, confusionTable, foundKeys, goldDocs, tally } from "./score.js";

describe("goldDocs", () => {
  it("rebuilds running text with gold spans in characters and digits for NUM", () => {
    const [doc] = goldDocs([
      {
        doc: 0,
        tokens: ["Jokowi", "tiba", "di", "Bali", "NUM", "kali"],
        tags: ["B-PER", "O", "O", "B-LOC", "O", "O"],
      },
    ] as never);
    expect(doc!.text).toBe("Jokowi tiba di Bali 7 kali\n");
    const types = [...doc!.gold].map((k) => k.split(":")[0]);
    expect(types).toHaveLength(2);
    for (const k of doc!.gold) {
      const [, s, e] = k.split(":").map(Number);
      expect(["Jokowi", "Bali"]).toContain(doc!.text.slice(s, e));
    }
  });
});

describe("foundKeys", () => {
  const text = "the Fiji Labour Party ( FLP ) won";
  const m = { type: "organization", start: 4, end: 29 };

  it("scores a mention with its bracketed short form as one span by default", () => {
    expect([...foundKeys([m], text, false)]).toEqual(["organization:4:29"]);
  });

  it("scores it as the long name and the short form when the corpus annotates them apart", () => {
    expect([...foundKeys([m], text, true)]).toEqual(["organization:4:21", "organization:24:27"]);
  });

  it("leaves out types the corpora do not annotate", () => {
    expect(foundKeys([{ type: "event", start: 0, end: 3 }], text, false).size).toBe(0);
  });
});

describe("tally and confusion", () => {
  it("counts exact matches and crosses gold and found types over equal spans", () => {
    const gold = new Set(["person:0:5", "place:10:15", "organization:20:25"]);
    const found = new Set(["person:0:5", "person:10:15", "place:30:35"]);
    const c = counts();
    tally(c, gold, found);
    expect(c).toEqual({ tp: 1, fp: 2, fn: 2 });
    const conf = new Map();
    confuse(conf, gold, found);
    expect(conf.get("person")?.get("person")).toBe(1);
    expect(conf.get("place")?.get("person")).toBe(1);
    expect(conf.get("organization")?.get("none")).toBe(1);
    expect(conf.get("none")?.get("place")).toBe(1);
    const table = confusionTable(conf);
    expect(table[0]).toMatch(/gold \\ found\s+person\s+organization\s+place\s+none/);
    expect(table).toHaveLength(5);
  });
});
