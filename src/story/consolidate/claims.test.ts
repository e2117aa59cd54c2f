import { describe, expect, it } from "vitest";
import { type ArticleDoc, withMeta } from "../../core/doc/document.js";
import { assertInvariants } from "../../core/doc/invariants.js";
import { makeContext } from "../../lang/context.js";
import { claimsStage } from "../../stages/claims/index.js";
import { datesStage } from "../../stages/dates/index.js";
import { entitiesStage } from "../../stages/entities/index.js";
import { quotesStage } from "../../stages/quotes/index.js";
import { segmentedDoc } from "../../stages/segment/testing.js";
import { consolidateClaims } from "./claims.js";
import { resolveEntities } from "./entities.js";
import { independentOrigins, originsOf } from "./origins.js";
import type { Story } from "./story.js";
import { summarize } from "./summary.js";

function article(
  text: string,
  lang: string,
  id: string,
  meta: { outlet?: string; agencies?: string[] } = {},
): ArticleDoc {
  // The stages claims reads: entities (places, actors), dates and quotes, as the pipeline runs them.
  const ctx = makeContext();
  let doc = withMeta(segmentedDoc(text, lang, undefined, id), meta);
  for (const stage of [entitiesStage, datesStage, quotesStage, claimsStage]) doc = stage.run(doc, ctx);
  assertInvariants(doc);
  return doc;
}

function storyOf(...docs: ArticleDoc[]): Story {
  return { articles: docs.map((doc, i) => ({ key: `a${i + 1}`, doc })) };
}

function analyse(story: Story) {
  return consolidateClaims(story, originsOf(story), resolveEntities(story));
}

const ID_A =
  "Gempa berkekuatan 6,9 SR mengguncang Banten pada Jumat malam. Korban tewas akibat gempa bertambah menjadi tiga orang. Ratusan rumah rusak di Pandeglang.";
const ID_B =
  "Gempa bumi bermagnitudo 6,5 mengguncang Banten pada Jumat malam. BNPB mencatat korban tewas akibat gempa menjadi tiga orang. Warga mengungsi ke tenda darurat.";
const EN_A =
  "A Lion Air jet carrying 189 people crashed into the Java Sea shortly after take-off from Jakarta. The plane had asked to return to base. Rescuers found debris.";
const EN_B =
  "A Lion Air plane with 189 people on board crashed into the sea shortly after taking off from Jakarta. Officials said the cause was not known. Families waited at the airport.";

describe("claim alignment", () => {
  it.each([
    ["id", ID_A, ID_B, "tewas"],
    ["en", EN_A, EN_B, "crashed"],
  ])("%s: the same fact in two articles is one claim (case %#)", (lang, a, b, word) => {
    const { claims } = analyse(storyOf(article(a, lang, "x"), article(b, lang, "y")));
    const shared = claims.find(
      (c) => c.articles.length === 2 && c.evidence.every((e) => e.text.includes(word)),
    );
    expect(shared).toBeDefined();
  });

  it.each([
    [
      "id",
      ID_A,
      "Harga beras naik di pasar tradisional Surabaya pekan ini. Pedagang mengeluhkan pasokan yang seret dari petani.",
    ],
    [
      "en",
      EN_A,
      "The football club signed a new striker from Brazil on Monday. Fans celebrated outside the stadium all night.",
    ],
  ])("%s: must join nothing across unrelated articles (case %#)", (lang, a, b) => {
    const { claims, contradictions } = analyse(storyOf(article(a, lang, "x"), article(b, lang, "y")));
    expect(claims.filter((c) => c.articles.length > 1)).toEqual([]);
    expect(contradictions).toEqual([]);
  });
});

describe("contradictions", () => {
  it.each([
    ["id", ID_A, ID_B, "number", ["6.9 magnitude", "6.5 magnitude"]],
    [
      "en",
      "Some 500 firefighters battled the blaze at the cathedral for five hours.",
      "Around 400 firefighters battled the blaze at the cathedral through the night.",
      "number",
      ["500 person", "400 person"],
    ],
    [
      "id",
      "Kedua pemimpin bertemu di Vladivostok pada Rabu.",
      "Kedua pemimpin bertemu di Kosmodrom Vostochny pada Rabu.",
      "place",
      ["Vladivostok", "Kosmodrom Vostochny"],
    ],
  ])("%s: reports one disagreement (case %#)", (lang, a, b, slot, values) => {
    const { contradictions } = analyse(storyOf(article(a, lang, "x"), article(b, lang, "y")));
    expect(contradictions.map((c) => [c.slot, c.values.map((v) => v.value).sort()])).toEqual([
      [slot, [...values].sort()],
    ]);
  });

  it.each([
    [
      "id",
      "Salah satu tempat yang mungkin untuk pertemuan itu adalah di Vladivostok.",
      "Kedua pemimpin bertemu di Kosmodrom Vostochny pada Rabu.",
    ],
    [
      "id",
      "Korban tewas bertambah menjadi tiga orang di Cianjur.",
      "Korban tewas bertambah menjadi tiga orang di Cianjur, kata BNPB.",
    ],
    [
      "en",
      "The leaders met in Russia on Wednesday.",
      "The leaders met at the Vostochny Cosmodrome in Russia on Wednesday.",
    ],
  ])("%s: must report nothing for hedged, agreeing or nested values (case %#)", (lang, a, b) => {
    expect(analyse(storyOf(article(a, lang, "x"), article(b, lang, "y"))).contradictions).toEqual([]);
  });
});

describe("origins", () => {
  it("takes credited agencies, else the outlet", () => {
    const story = storyOf(
      article(EN_A, "en", "x", { outlet: "Dawn", agencies: ["AFP", "Associated Press"] }),
      article(EN_B, "en", "y", { outlet: "Yahoo" }),
    );
    expect(Object.fromEntries(originsOf(story))).toEqual({ a1: ["AFP", "Associated Press"], a2: ["Yahoo"] });
  });

  it("gives copies of the same text one origin", () => {
    const text = `${EN_A} ${EN_B.replace("Lion Air plane", "jet")}`;
    const story = storyOf(
      article(text, "en", "x", { outlet: "Outlet One", agencies: ["Reuters"] }),
      article(`${text} Local reaction was muted.`, "en", "y", { outlet: "Outlet Two" }),
      article(ID_A, "id", "z", { outlet: "Outlet Three" }),
    );
    const origins = originsOf(story);
    expect(origins.get("a2")).toEqual(["Reuters"]);
    expect(origins.get("a3")).toEqual(["Outlet Three"]);
    const { claims } = consolidateClaims(story, origins, resolveEntities(story));
    expect(claims.find((c) => c.articles.length === 2)?.origins).toEqual(["Reuters"]);
  });
});

describe("independent origins", () => {
  it("counts one credit line of several agencies as one origin, and a single article as single-source", () => {
    const story = storyOf(
      article(EN_A, "en", "x", { outlet: "DW", agencies: ["Associated Press", "AFP", "Reuters"] }),
      article(ID_A, "id", "z", { outlet: "Kompas" }),
    );
    const { claims } = consolidateClaims(story, originsOf(story), resolveEntities(story));
    const single = claims.filter((c) => c.articles.length === 1);
    expect(single.length).toBeGreaterThan(0);
    for (const c of single) {
      expect(c.origins.length).toBe(1);
      expect(c.singleSource).toBe(true);
    }
    expect(single.find((c) => c.articles[0] === "a1")?.origins).toEqual(["AFP/Associated Press/Reuters"]);
  });

  it("joins articles whose credited agencies overlap into one origin group", () => {
    const story = storyOf(
      article(EN_A, "en", "x", { outlet: "One", agencies: ["AFP", "Reuters"] }),
      article(EN_B, "en", "y", { outlet: "Two", agencies: ["AFP"] }),
      article(ID_A, "id", "z", { outlet: "Three" }),
    );
    const groups = independentOrigins(story, originsOf(story));
    expect(groups.get("a1")).toBe(groups.get("a2"));
    expect(groups.get("a3")).toBe("Three");
  });
});

describe("precision first", () => {
  it("never lets the two sides of a contradiction support one claim", () => {
    const story = storyOf(
      article("Kedua pemimpin bertemu di Vladivostok pada Rabu.", "id", "x"),
      article("Kedua pemimpin bertemu di Kosmodrom Vostochny pada Rabu.", "id", "y"),
    );
    const { claims, contradictions } = analyse(story);
    expect(contradictions).toHaveLength(1);
    expect(claims.filter((c) => c.articles.length > 1)).toEqual([]);
  });

  it.each([
    [
      "id",
      "Presiden akan mengunjungi lokasi gempa di Cianjur pada Selasa.",
      "Presiden mengunjungi lokasi gempa di Cianjur pada Selasa.",
    ],
    [
      "en",
      "The president will visit the quake zone in Cianjur on Tuesday.",
      "The president visited the quake zone in Cianjur on Tuesday.",
    ],
    [
      "en",
      "The rescuers did not find the pilot near the crash site.",
      "The rescuers found the pilot near the crash site.",
    ],
  ])("%s: a plan or a negation is not the fact it names (case %#)", (lang, a, b) => {
    const { claims } = analyse(storyOf(article(a, lang, "x"), article(b, lang, "y")));
    expect(claims.filter((c) => c.articles.length > 1)).toEqual([]);
  });

  it("aligns the same fact across Indonesian and English by its amount and concepts", () => {
    const story = storyOf(
      article("Sebanyak 62 orang meninggal dunia akibat gempa di Cianjur, Jawa Barat.", "id", "x"),
      article("At least 62 people died in the earthquake in Cianjur, West Java.", "en", "y"),
    );
    const { claims } = analyse(story);
    expect(claims.some((c) => c.articles.length === 2)).toBe(true);
  });

  it("gives each claim a confidence between 0 and 1", () => {
    const { claims } = analyse(storyOf(article(ID_A, "id", "x"), article(ID_B, "id", "y")));
    for (const c of claims) expect(c.confidence).toBeGreaterThanOrEqual(0);
    for (const c of claims) expect(c.confidence).toBeLessThanOrEqual(1);
  });
});

describe("summary", () => {
  it.each([
    ["id", ID_A, ID_B],
    ["en", EN_A, EN_B],
  ])("%s: cites the articles behind each sentence (case %#)", (lang, a, b) => {
    const story = storyOf(article(a, lang, "x"), article(b, lang, "y"));
    const { claims } = analyse(story);
    const summary = summarize(story, claims);
    expect(summary.citations.length).toBeGreaterThan(0);
    for (const c of summary.citations) {
      expect(summary.text.slice(c.start, c.end).length).toBeGreaterThan(10);
      expect(c.articles.length).toBeGreaterThan(0);
    }
  });

  it("must say nothing for an empty story", () => {
    expect(summarize({ articles: [] }, [])).toEqual({ text: "", citations: [] });
  });
});
