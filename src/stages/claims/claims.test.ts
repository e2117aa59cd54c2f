import { describe, expect, it } from "vitest";
import { layer } from "../../core/doc/document.js";
import { assertInvariants } from "../../core/doc/invariants.js";
import { parseQuantity, quantitiesOf, sameAmount } from "../../core/text/quantities.js";
import { makeContext } from "../../lang/context.js";
import { defaultPacks } from "../../lang/registry.js";
import { segmentedDoc } from "../segment/testing.js";
import { claimsStage } from "./index.js";
import { lexiconOf, stem } from "./lexicon.js";
import { tokensOf } from "./slots.js";

const run = (text: string, lang: string) => {
  const doc = claimsStage.run(segmentedDoc(text, lang), makeContext());
  assertInvariants(doc);
  return layer(doc, "claims");
};

describe("stem", () => {
  it.each([
    ["id", "menuduh", "tuduhan"],
    ["id", "menembak", "tembak"],
    ["id", "pertemuan", "bertemu"],
    ["en", "crashed", "crashes"],
    ["en", "rescued", "rescue"],
  ])("%s: %s and %s share a stem", (lang, a, b) => {
    const rules = defaultPacks.get(lang).claims.stemming;
    expect(stem(a, rules)).toBe(stem(b, rules));
  });

  it.each([
    ["id", "kereta", "senjata"],
    ["en", "train", "weapon"],
  ])("%s: %s and %s stay apart", (lang, a, b) => {
    const rules = defaultPacks.get(lang).claims.stemming;
    expect(stem(a, rules)).not.toBe(stem(b, rules));
  });
});

describe("concept keys", () => {
  it.each([
    ["id", "menuding", "#accuse"],
    ["id", "tudingan", "#accuse"],
    ["id", "amunisi", "#weapon"],
    ["en", "ammunition", "#weapon"],
    ["en", "met", "#meet"],
    ["id", "bertemu", "#meet"],
    ["id", "serangan", "#attack"],
    ["id", "menyerang", "#attack"],
  ])("%s: %s → %s", (lang, word, key) => {
    expect(lexiconOf(defaultPacks.get(lang).claims).key(word)).toBe(key);
  });
});

describe("quantities", () => {
  it.each([
    ["id", "Korban tewas bertambah menjadi tiga orang.", ["3 #person"]],
    ["id", "Gempa berkekuatan 6,9 SR mengguncang Jawa.", ["6.9 #magnitude"]],
    ["id", "Sebanyak 1.000 rumah rusak.", ["1000 #house"]],
    ["id", "Sebanyak 223 unit rumah rusak akibat gempa.", ["223 #house"]],
    ["en", "There were passengers from 30 countries on board.", ["30 #country"]],
    ["en", "The boys, aged 11 to 17, were trapped.", ["11-17 #age"]],
    ["en", "Divers found them 2.5 miles inside the cave.", ["4.023 #km"]],
    ["en", "Around 500 firefighters fought the blaze.", ["500 firefighter"]],
    ["id", "Kapal hilang pukul 03.00 WITA pada Rabu (21/4/2021).", ["180 #clock"]],
    ["en", "The fire broke out about 6:30 pm local time.", ["1110 #clock"]],
    ["en", "The flight took off at 6:20 a.m. local time.", ["380 #clock"]],
    // The noun after the number counts it, not the verb before ("mencari" is no unit).
    ["id", "Tim SAR masih mencari 12 pendaki lain.", ["12 ndak"]],
  ])("%s: %s", (lang, text, want) => {
    const lex = lexiconOf(defaultPacks.get(lang).claims);
    const got = quantitiesOf(text, tokensOf(text), lex).map(
      (q) => `${q.lo === q.hi ? q.lo : `${q.lo}-${q.hi}`} ${q.unit}`,
    );
    expect(got).toEqual(want);
  });

  it.each([
    ["id", "Kapal itu dipesan pada 1977."],
    ["en", "The flight took off on 29/10/2018 from Jakarta."],
  ])("%s: finds no quantity in %s", (lang, text) => {
    const lex = lexiconOf(defaultPacks.get(lang).claims);
    expect(quantitiesOf(text, tokensOf(text), lex)).toEqual([]);
  });

  it.each([
    ["35 #km", "30-40 #km", true],
    ["11-16 #age", "11-17 #age", true],
    ["11-16 #age", "13-19 #age", false],
    ["4.023 #km", "4 #km", true],
    ["500 #person", "400 #person", false],
    ["1110 #clock", "1113 #clock", true],
    ["1110 #clock", "1125 #clock", false],
  ])("%s vs %s agree: %s", (a, b, want) => {
    expect(sameAmount(parseQuantity(a)!, parseQuantity(b)!)).toBe(want);
  });
});

describe("claims stage", () => {
  it.each([
    [
      "id",
      "Pertemuan itu diperkirakan berlangsung di Vladivostok. Kim tiba di Rusia pada Selasa.",
      [
        { hedged: true, places: ["Vladivostok"] },
        { hedged: false, places: ["Rusia"] },
      ],
    ],
    [
      "en",
      "The meeting may take place in Vladivostok. Kim arrived in Russia on Tuesday, officials said.",
      [
        { hedged: true, places: ["Vladivostok"] },
        { hedged: false, places: ["Russia"] },
      ],
    ],
  ])("%s: slots and hedges", (lang, text, want) => {
    const got = run(text, lang).map((c) => ({ hedged: c.hedged, places: c.slots.places }));
    expect(got).toEqual(want);
  });

  it.each([
    ["id", 'Kata Sutopo, "Kami terus mencari korban," kata dia kepada wartawan.', true],
    ["en", '"We keep searching," the spokesman told reporters.', true],
    ["en", "Rescuers kept searching through the night for survivors.", false],
  ])("%s: attributed %s", (lang, text, want) => {
    expect(run(text, lang)[0]?.attributed).toBe(want);
  });

  it.each([
    ["id", "Apa yang dibutuhkan Rusia dari Korea Utara?"],
    ["id", "Baca juga."],
    ["en", "What does Russia want?"],
  ])("%s: must find nothing in %s", (lang, text) => {
    expect(run(text, lang)).toEqual([]);
  });
});

describe("what a count of people counts", () => {
  it.each([
    // The event near the number, and the counted noun's concept, language-neutral.
    ["en", "At least 62 people died and 79 people were injured.", "62 #person", "ev:die"],
    ["en", "At least 62 people died and 79 people were injured.", "79 #person", "ev:injure"],
    ["id", "Sebanyak 62 orang meninggal dunia.", "62 #person", "ev:die"],
  ])("%s: %s → %s counts %s", (lang, text, amount, role) => {
    const c = run(text, lang)[0]!;
    const k = c.slots.quantities.indexOf(amount);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(c.quantityRoles?.[k]).toBe(role);
  });

  it("gives a count of people the person sense of its noun, and a measure none", () => {
    const en = run("Rescuers found 11 climbers on the slope.", "en")[0]!;
    const id = run("Tim menemukan 11 pendaki di lereng.", "id")[0]!;
    const m = run("The ash column rose 3 km above the summit.", "en")[0]!;
    expect(en.quantityNouns?.[0]).toMatch(/^i\d+$/);
    expect(id.quantityNouns?.[0]).toMatch(/^i\d+$/);
    expect(m.quantityNouns?.every((n) => n === null)).toBe(true);
  });
});
