import { describe, expect, it } from "vitest";
import { withShippedCues } from "../testing.js";
import { type RankerFile, readOutlet } from "./outlet.js";
import { type OutletInput, outletCandidates, outletKey } from "./outlet-candidates.js";

const BODY =
  "Harga beras di pasar tradisional kembali naik sejak awal bulan, kata para pedagang yang ditemui pada Senin pagi.";

/** A page with chrome lines `top` above one body paragraph and `bottom` below it; nothing cut. */
function input(
  top: readonly string[],
  bottom: readonly string[] = [],
  more: Partial<OutletInput> = {},
): OutletInput {
  const raw = [...top, BODY, ...bottom].join("\n");
  return {
    raw,
    text: BODY,
    removed: [],
    rulePick: null,
    agencies: [],
    authors: [],
    dateline: null,
    ...more,
  };
}

const candidate = (i: OutletInput, name: string) =>
  withShippedCues(() => outletCandidates(i)).find((c) => c.key === outletKey(name));

describe("outletKey", () => {
  it.each([
    ["KOMPAS.com", "kompas"],
    ["The Jakarta Post", "jakartapost"],
    ["MISTAR.ID", "mistar"],
    ["www.bertuahpos.com", "bertuahpos"],
  ])("%s → %s", (name, key) => expect(outletKey(name)).toBe(key));
});

describe("outlet candidates and where they were found", () => {
  it.each([
    // [top lines, bottom lines, name, features it must carry, features it must not]
    [
      ["BANDUNG, CEKLISSATU - Harga beras naik."],
      [],
      "CEKLISSATU",
      ["kind:stamp", "stamp:later", "form:caps"],
      [],
    ],
    [["Bantul, Kabar Jogja – Soal konten berita."], [], "Kabar Jogja", ["kind:stamp", "form:media-word"], []],
    [["Pematang Siantar, MISTAR.ID"], [], "MISTAR.ID", ["kind:line", "line:last-part", "form:web-name"], []],
    [["By Justin Phillips / American Press"], [], "American Press", ["kind:line", "form:media-word"], []],
    [
      [],
      ["© 2017 Setopati Sanchar Pvt. Ltd."],
      "Setopati",
      ["kind:copyright", "copyright:head", "where:bottom"],
      [],
    ],
    [["JAKARTA (ANTARA) - Banjir merendam."], [], "ANTARA", ["kind:paren", "is:agency"], []],
    [["MANILA, Philippines - Typhoon."], [], "Philippines", ["kind:stamp", "is:place"], ["spot&shape"]],
  ])("%j %j: %s", (top, bottom, name, has, hasNot) => {
    const c = candidate(input(top, bottom), name);
    expect(c).toBeDefined();
    for (const f of has) expect(c!.features.has(f), f).toBe(true);
    for (const f of hasNot) expect(c!.features.has(f), f).toBe(false);
  });

  it.each([
    ["a weekday or a time zone in a stamp", ["PEKANBARU, Rabu - WIB - Api padam."], ["Rabu", "WIB"]],
    ["a date in a byline", ["Akhyar Zein | Kamis, 11/02/2021 16:59 WIB"], ["11/02/2021 16:59 WIB", "Kamis"]],
  ])("never offers %s", (_what, top, names) => {
    for (const n of names) expect(candidate(input(top), n)).toBeUndefined();
  });

  it("offers the rules' pick, marked as such", () => {
    const c = candidate(input([], [], { rulePick: "Kompas.com" }), "Kompas.com");
    expect(c?.kinds).toContain("rule");
    expect(c?.features.get("kind:rule")).toBe(1);
  });
});

describe("readOutlet", () => {
  const model: RankerFile = {
    version: "test",
    threshold: 0.5,
    weights: { bias: -3, "kind:stamp": 2, "form:caps": 2, "is:place": -4 },
  };
  it.each([
    // [top lines, model, outlet, reason starts with]
    [["BANDUNG, CEKLISSATU - Harga beras naik."], model, "CEKLISSATU", 'outlet: "CEKLISSATU" p='],
    [["Bandung - Harga beras naik."], model, null, "outlet: none (best"],
    [["BANDUNG, CEKLISSATU - Harga beras naik."], null, null, "outlet: rules (no ranker model)"],
  ])("%j → %s", (top, m, outlet, reason) => {
    const d = withShippedCues(() => readOutlet(input(top), m));
    expect(d.outlet).toBe(outlet);
    expect(d.reason.startsWith(reason)).toBe(true);
  });

  it("keeps the rules' pick in fallback mode", () => {
    const d = withShippedCues(() =>
      readOutlet(input(["BANDUNG, CEKLISSATU - Harga."], [], { rulePick: "Tempo" }), {
        ...model,
        mode: "fallback",
      }),
    );
    expect(d).toEqual({ outlet: "Tempo", reason: 'outlet: "Tempo" (rules)' });
  });
});
