import { describe, expect, it } from "vitest";
import { type ArticleDoc, withMeta } from "../../core/doc/document.js";
import { makeContext } from "../../lang/context.js";
import { claimsStage } from "../../stages/claims/index.js";
import { datesStage } from "../../stages/dates/index.js";
import { entitiesStage } from "../../stages/entities/index.js";
import { quotesStage } from "../../stages/quotes/index.js";
import { segmentedDoc } from "../../stages/segment/testing.js";
import { consolidateClaims } from "./claims.js";
import { resolveEntities } from "./entities.js";
import { originsOf } from "./origins.js";

function article(text: string, lang: string, id: string): ArticleDoc {
  const ctx = makeContext();
  let doc = withMeta(segmentedDoc(text, lang, undefined, id), {});
  for (const stage of [entitiesStage, datesStage, quotesStage, claimsStage]) doc = stage.run(doc, ctx);
  return doc;
}

function contradictionsOf(lang: string, ...texts: string[]) {
  const story = { articles: texts.map((t, i) => ({ key: `a${i + 1}`, doc: article(t, lang, `d${i}`) })) };
  return consolidateClaims(story, originsOf(story), resolveEntities(story)).contradictions.map((c) => [
    c.slot,
    c.values.map((v) => v.value).sort(),
  ]);
}

describe("amount contradictions", () => {
  it.each([
    [
      "en",
      "There were 155 passengers on board, including 138 adults, 16 children and one infant.",
      "There were 155 passengers on board, including 137 adults, 17 children and one infant.",
      [
        ["number", ["137 person", "138 person"]],
        ["number", ["16 person", "17 person"]],
      ],
    ],
    [
      "id",
      "Kebakaran di Lapas Kelas I Tangerang terjadi pukul 01.45 WIB.",
      "Kebakaran di Lapas Kelas I Tangerang terjadi sekitar pukul 01.50 WIB.",
      [["date", ["01.45 clock", "01.50 clock"]]],
    ],
    [
      "en",
      "The crush in Seoul killed 151 people. The dead included 19 foreigners, officials said.",
      "The crush in Seoul killed 151 people. The dead included 22 foreigners, officials said.",
      [["number", ["19 person", "22 person"]]],
    ],
  ])("%s: reports the same measured thing given two values (case %#)", (lang, a, b, expected) => {
    expect(contradictionsOf(lang, a, b).sort()).toEqual(expected);
  });

  it.each([
    // Within the stated approximation.
    ["id", "Gempa terjadi sekitar pukul 13.20 WIB di Cianjur.", "Gempa terjadi pukul 13.21 WIB di Cianjur."],
    // A bound and a value on its side.
    ["en", "The crush killed at least 151 people in Seoul.", "The crush killed 153 people in Seoul."],
    // A part against the whole it belongs to.
    [
      "id",
      "Pesawat itu berpenumpang 155 orang, terdiri atas 138 penumpang dewasa.",
      "Pesawat itu membawa 155 penumpang.",
    ],
    // An as-of time against the time of the event.
    [
      "en",
      "As of 7:34 p.m. on Monday, 62 people died in the quake.",
      "The quake struck at 1:21 p.m. on Monday.",
    ],
    // Everyone on board against those of them who died.
    [
      "en",
      "The crash at Muan airport killed 179 people. The plane carried 181 passengers.",
      "The crash at Muan airport killed 179 people. All 179 passengers who died were Korean.",
    ],
    // One moment in two time zones.
    [
      "en",
      "The plane crashed at Muan airport at 9:03 a.m. on Sunday.",
      "The plane crashed at Muan airport at 07.03 WIB on Sunday.",
    ],
    // A running count at two death tolls: an update.
    [
      "en",
      "The crush in Seoul killed 151 people. The dead included 19 foreigners, officials said.",
      "The crush in Seoul killed 153 people. The dead included 22 foreigners, officials said.",
    ],
    // One town in two spellings, and the province that holds it.
    [
      "en",
      "The fire broke out in a prison in Tangerang on Wednesday.",
      "The fire broke out in a prison in Tanggerang on Wednesday.",
    ],
    // Different severities of injury.
    [
      "id",
      "Sebanyak 8 orang mengalami luka berat akibat kebakaran itu.",
      "Sebanyak 72 orang mengalami luka ringan akibat kebakaran itu.",
    ],
  ])("%s: stays quiet on look-alikes (case %#)", (lang, a, b) => {
    expect(contradictionsOf(lang, a, b)).toEqual([]);
  });
});
