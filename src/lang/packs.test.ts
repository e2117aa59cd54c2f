import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { defaults } from "./base/index.js";
import { pack as id } from "./id/index.js";
import { pack as ms } from "./ms/index.js";
import { createRegistry } from "./packs.js";
import { defaultPacks } from "./registry.js";
import { searchStems } from "./search.js";
import type { LanguagePack } from "./types/pack.js";

/** Every registered pack and the fallback: each must stand on its own. */
const ALL: readonly LanguagePack[] = [...defaultPacks.all(), defaultPacks.fallback];
const OWN = defaultPacks.all();
const cases = (packs: readonly LanguagePack[]) => packs.map((p) => [p.code, p] as const);

const modelFile = (name: string): string =>
  fileURLToPath(new URL(`../../models/ner/${name}.bin.gz`, import.meta.url));

/** Every string of every list in a section, for the lower-case and non-empty checks. */
function strings(section: object): string[] {
  return Object.values(section).flatMap((v) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [],
  );
}

describe("every pack (conformance)", () => {
  it.each(cases(ALL))("%s: names itself and spreads every shared default", (code, pack) => {
    expect(code).toMatch(/^[a-z]{2,3}$/);
    expect(pack.name.length).toBeGreaterThan(0);
    for (const key of Object.keys(defaults)) expect(pack).toHaveProperty(key);
  });

  it.each(cases(ALL))("%s: its tagger model ships", (_, pack) => {
    expect(existsSync(modelFile(pack.tagger))).toBe(true);
  });

  it.each(cases(ALL))("%s: its chrono locale exists in chrono-node", (_, pack) => {
    const locale = (chrono as unknown as Record<string, { casual?: unknown }>)[pack.dates.chronoLocale];
    expect(locale?.casual).toBeInstanceOf(chrono.Chrono);
  });

  it.each(cases(ALL))("%s: a whole calendar, lower case, with valid zone offsets", (_, pack) => {
    const { months, weekdays, timeZones } = pack.dates;
    expect(months).toHaveLength(12);
    expect(weekdays).toHaveLength(7);
    for (const names of [...months, ...weekdays]) {
      expect(names.length).toBeGreaterThan(0);
      for (const n of names) expect(n).toBe(n.toLowerCase());
    }
    for (const offset of Object.values(timeZones)) expect(offset).toMatch(/^[+-]\d{2}:\d{2}$/);
  });

  it.each(cases(ALL))("%s: its patterns compile and no list holds an empty string", (_, pack) => {
    if (pack.entities.officeWordPattern)
      expect(() => new RegExp(pack.entities.officeWordPattern!, "iu")).not.toThrow();
    for (const section of [pack.clean, pack.segment, pack.entities, pack.quotes, pack.claims, pack.langid]) {
      for (const s of strings(section)) expect(s.trim().length).toBeGreaterThan(0);
    }
  });

  it.each(cases(ALL))("%s: page-chrome cues the cleaner needs are there", (_, pack) => {
    for (const list of [pack.clean.authorLabels, pack.clean.navigation, pack.clean.relatedLinks])
      expect(list.length).toBeGreaterThan(0);
  });

  it.each(cases(OWN))("%s: the word lists a language brings are not empty", (_, pack) => {
    expect(pack.langid.markers.length).toBeGreaterThan(0);
    expect(pack.claims.stopWords.length).toBeGreaterThan(0);
    expect(pack.quotes.reportingVerbs.length).toBeGreaterThan(0);
    expect(pack.entities.titles.length).toBeGreaterThan(0);
  });

  it.each(cases(OWN))("%s: a sibling names a registered pack that is no sibling itself", (_, pack) => {
    const parent = pack.langid.siblingOf;
    if (parent === undefined) return;
    expect(defaultPacks.codes).toContain(parent);
    expect(defaultPacks.get(parent).langid.siblingOf).toBeUndefined();
  });

  it.each(cases(ALL))("%s: stems are deterministic, lower case, the word itself first", (_, pack) => {
    const stems = pack.search.stems;
    if (!stems) return;
    for (const word of [...pack.langid.markers.slice(0, 20), "pertemuan", "meeting", "x"]) {
      const first = stems(word);
      expect(stems(word)).toEqual(first);
      expect(first[0]).toBe(word);
      for (const s of first) expect(s).toBe(s.toLowerCase());
    }
  });
});

describe("defaultPacks", () => {
  it.each([
    ["id", "id"],
    ["ID-id", "id"],
    ["en-GB", "en"],
    ["ms", "ms"],
    ["ms-MY", "ms"],
    ["fr", "und"],
    [null, "und"],
    ["", "und"],
  ] as const)("%s → the %s pack", (code, expected) => {
    expect(defaultPacks.get(code).code).toBe(expected);
  });

  it("lists each shipped language once, in registration order", () => {
    expect(defaultPacks.codes).toEqual(["id", "en", "ms"]);
    expect(defaultPacks.all().map((p) => p.code)).toEqual(["id", "en", "ms"]);
  });

  it("refuses two packs with one code, with a coded error", () => {
    const twice = () => createRegistry([id, { ...id, name: "Other" }], defaultPacks.fallback);
    expect(twice).toThrow(expect.objectContaining({ code: "E_LANG_DUPLICATE", data: { code: "id" } }));
  });
});

describe("Malay", () => {
  it("is a pack of its own that starts from Indonesian data, shared by reference", () => {
    expect(ms.code).toBe("ms");
    expect(ms.langid.siblingOf).toBe("id");
    for (const key of ["clean", "segment", "entities", "dates", "quotes", "claims", "search"] as const)
      expect(ms[key]).toBe(id[key]);
    expect(ms.tagger).toBe(id.tagger);
  });
});

describe("searchStems", () => {
  it.each([
    ["pertemuan", ["pertemuan", "temu"]],
    ["meeting", ["meeting"]],
  ])("%s → candidates including %j", (word, expected) => {
    const stems = searchStems(defaultPacks, word);
    expect(stems[0]).toBe(word);
    for (const s of expected) expect(stems).toContain(s);
  });

  it("counts a stemmer two packs share once, and gives the word alone when no pack stems", () => {
    expect(searchStems(defaultPacks, "pertemuan")).toEqual(id.search.stems!("pertemuan"));
    expect(searchStems(createRegistry([], defaultPacks.fallback), "pertemuan")).toEqual(["pertemuan"]);
  });
});
