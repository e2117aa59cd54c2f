import { describe, expect, it } from "vitest";
import { type ArticleDoc, withLayer } from "../../core/doc/document.js";
import type { Mention } from "../../core/doc/layers/mentions.js";
import type { Contradiction } from "../../core/dossier.js";
import { makeContext } from "../../lang/context.js";
import { datesStage } from "../../stages/dates/index.js";
import { segmentedDoc } from "../../stages/segment/testing.js";
import type { EntityIndex, Story } from "./story.js";
import { buildTimeline } from "./timeline.js";

const NO_ENTITIES: EntityIndex = { entities: [], at: () => undefined, byName: () => undefined };

function article(text: string, published: string, lang = "id"): ArticleDoc {
  return datesStage.run(segmentedDoc(text, lang, { value: published, basis: "stated" }), makeContext());
}

function story(...docs: ArticleDoc[]): Story {
  return { articles: docs.map((doc, i) => ({ key: `a${i + 1}`, doc })) };
}

const brief = (s: Story) =>
  buildTimeline(s, NO_ENTITIES).map((t) => [t.date, t.articles.join(","), t.scheduled ?? false]);

describe("buildTimeline", () => {
  it.each([
    [
      "one event told by two articles is one entry backed by both",
      [
        ["Presiden Joko Widodo meresmikan Bendungan Karian di Banten pada Kamis (14/3/2024).", "2024-03-14"],
        ["Bendungan Karian di Banten diresmikan Presiden Joko Widodo pada hari Kamis.", "2024-03-15"],
      ],
      [["2024-03-14", "a1,a2", false]],
    ],
    [
      "background keeps its own date, sorted before the news",
      [
        [
          "Gempa mengguncang Cianjur pada Senin (21/11/2022). Warga Cianjur pertama kali merasakan gempa besar pada April 2019.",
          "2022-11-21",
        ],
      ],
      [
        ["2019-04", "a1", false],
        ["2022-11-21", "a1", false],
      ],
    ],
    [
      "different events on one day stay apart",
      [
        [
          "Banjir merendam Kampung Melayu pada Senin (12/1/2026). Gubernur Pramono meresmikan pompa baru di Pluit pada Senin (12/1/2026).",
          "2026-01-12",
        ],
      ],
      [
        ["2026-01-12", "a1", false],
        ["2026-01-12", "a1", false],
      ],
    ],
    [
      "a date past every article is kept only when the text schedules it",
      [
        [
          "Timnas Indonesia akan menjamu Arab Saudi di Jakarta pada Selasa (19/11/2024). Shin Tae-yong memimpin latihan di Jakarta pada Senin (18/11/2024).",
          "2024-11-18",
        ],
      ],
      [
        ["2024-11-18", "a1", false],
        ["2024-11-19", "a1", true],
      ],
    ],
    [
      "the end of a span does not date the sentence's event when another date does (#4)",
      [
        [
          "Presiden Prabowo tiba di Bali pada Senin (18/11/2024) untuk menghadiri KTT G20 yang berlangsung hingga Rabu (20/11/2024).",
          "2024-11-20",
        ],
      ],
      [["2024-11-18", "a1", false]],
    ],
    [
      "the day a report came out is not an event date",
      [
        [
          "Harian Kompas, Kamis (14/11/2024) melaporkan, Jakarta memiliki armada bus listrik terbesar di Asia Tenggara. Gubernur Heru meresmikan depo bus di Pulogadung pada Rabu (13/11/2024).",
          "2024-11-14",
        ],
      ],
      [["2024-11-13", "a1", false]],
    ],
    [
      "a part of the day dates its event to the day",
      [["Kim tiba di Khasan pada Selasa (12/9/2023) sore.", "2023-09-13"]],
      [["2023-09-12", "a1", false]],
    ],
    [
      "a date a 'sejak' clause starts from is background, not the sentence's event",
      [
        [
          "Kim meninggalkan Pyongyang untuk pertama kali sejak tahun 2019 pada Minggu (10/9/2023). Kim bertemu pemimpin asing pertama sejak Korea Utara menutup perbatasannya pada Januari 2020.",
          "2023-09-13",
        ],
      ],
      [
        ["2020-01", "a1", false],
        ["2023-09-10", "a1", false],
      ],
    ],
    [
      "a since-clause in English likewise",
      [
        [
          "It was Kim's first trip abroad since 2019, officials in Seoul said on Monday (11/9/2023).",
          "2023-09-13",
        ],
      ],
      [["2023-09-11", "a1", false]],
    ],
    [
      "datelines, bylines and bare dates are no events, however many sources print them",
      [
        [
          "JAKARTA, Kamis (14/9/2023).\n\nGubernur Heru meresmikan depo bus di Pulogadung pada Rabu (13/9/2023).",
          "2023-09-14",
        ],
        [
          "13 September 2023.\n\nDepo bus Pulogadung diresmikan Gubernur Heru pada Rabu (13/9/2023).",
          "2023-09-14",
        ],
      ],
      [["2023-09-13", "a1,a2", false]],
    ],
    [
      "the same event in Indonesian and English is one row",
      [
        ["Kim Jong Un tiba di Vladivostok pada Selasa (12/9/2023).", "2023-09-12"],
        ["Kim Jong Un arrived in Vladivostok on Tuesday (12/9/2023).", "2023-09-12", "en"],
      ],
      [["2023-09-12", "a1,a2", false]],
    ],
    [
      "an outlet's schedule for a nearby day joins the day the others report",
      [
        ["Presiden Prabowo meresmikan Bendungan Karian di Lebak pada Kamis (14/3/2024).", "2024-03-14"],
        ["Bendungan Karian di Lebak diresmikan Presiden Prabowo pada Kamis (14/3/2024).", "2024-03-15"],
        ["Presiden Prabowo akan meresmikan Bendungan Karian di Lebak pada Jumat (15/3/2024).", "2024-03-13"],
      ],
      [["2024-03-14", "a1,a2,a3", false]],
    ],
    [
      "past events of the same actors on nearby days stay two rows",
      [
        ["Presiden Jokowi berangkat ke Bali pada Senin (11/9/2023).", "2023-09-13"],
        ["Presiden Jokowi tiba di Bali pada Rabu (13/9/2023).", "2023-09-13"],
        ["Presiden Jokowi mendarat di Bali pada Rabu (13/9/2023).", "2023-09-13"],
      ],
      [
        ["2023-09-11", "a1", false],
        ["2023-09-13", "a2,a3", false],
      ],
    ],
    [
      "an end date alone still dates its sentence",
      [["Pameran Buku Jakarta di Senayan berlangsung hingga Minggu (17/11/2024).", "2024-11-17"]],
      [["2024-11-17", "a1", false]],
    ],
  ])("%s", (_name, articles, expected) => {
    const s = story(...articles.map(([text, pub, lang]) => article(text!, pub!, lang)));
    expect(brief(s)).toEqual(expected);
  });

  it.each([
    ["Hujan turun sepanjang hari pada Selasa (12/9/2023)."],
    ["Banjir di Jakarta berlangsung selama tiga hari."],
    ["Harga cabai naik di Jakarta pekan ini."],
    ["Gubernur Jakarta tidak memberi keterangan."],
    ["JAKARTA, KOMPAS.com – Kamis (14/9/2023)."],
    ["13 September 2023."],
  ])("finds no event in %s", (text) => {
    expect(buildTimeline(story(article(text, "2023-09-13")), NO_ENTITIES)).toEqual([]);
  });

  it("uses entity mentions as actors when the entities stage ran", () => {
    const text = "kemarin mereka tiba. Dia bertemu Kim di Khasan pada Selasa (12/9/2023) pagi.";
    const doc = article(text, "2023-09-13");
    const at = text.indexOf("Kim");
    const mention: Mention = {
      start: at,
      end: at + 3,
      text: "Kim",
      rule: "test/kim",
      type: "person",
      canonical: "Kim Jong Un",
    };
    const [entry] = buildTimeline(story(withLayer(doc, "mentions", [mention])), NO_ENTITIES);
    expect(entry).toMatchObject({ date: "2023-09-12", articles: ["a1"] });
    expect(entry!.evidence[0]!.text).toContain("Selasa (12/9/2023)");
    expect(entry!.what).toContain("Khasan");
  });

  it("gives evidence spans that point into the article text", () => {
    const doc = article("Kim tiba di Khasan pada Selasa (12/9/2023).", "2023-09-13");
    const [entry] = buildTimeline(story(doc), NO_ENTITIES);
    const ev = entry!.evidence[0]!;
    expect(doc.text.slice(ev.start, ev.end)).toBe(ev.text);
  });
});

describe("background history", () => {
  it("marks entries well before the coverage began, and only those", () => {
    const s = story(
      article(
        "Gempa mengguncang Cianjur pada Senin (21/11/2022). Warga Cianjur pertama kali merasakan gempa besar pada April 2019.",
        "2022-11-21",
      ),
    );
    const marks = buildTimeline(s, NO_ENTITIES).map((t) => [t.date, t.background ?? false]);
    expect(marks).toEqual([
      ["2019-04", true],
      ["2022-11-21", false],
    ]);
  });
});

describe("date disagreements", () => {
  // Two outlets put the dam's opening on Thursday 14 March, a third on Wednesday 13 March.
  const s = story(
    article(
      "Presiden Joko Widodo meresmikan Bendungan Karian di Banten pada Kamis (14/3/2024).",
      "2024-03-14",
    ),
    article(
      "Bendungan Karian di Banten diresmikan Presiden Joko Widodo pada Kamis (14/3/2024).",
      "2024-03-15",
    ),
    article(
      "Presiden Joko Widodo meresmikan Bendungan Karian di Banten pada Rabu (13/3/2024).",
      "2024-03-15",
    ),
  );
  const sentence = (key: string) => {
    const doc = s.articles.find((a) => a.key === key)!.doc;
    return { article: key, start: 0, end: doc.text.length, text: doc.text };
  };
  const dispute: Contradiction = {
    topic: "when the dam opened",
    slot: "date",
    values: [
      { value: "2024-03-14", articles: ["a1"], evidence: [sentence("a1")] },
      { value: "2024-03-13", articles: ["a3"], evidence: [sentence("a3")] },
    ],
  };

  it("without a contradiction, the two days are two rows", () => {
    expect(brief(s)).toEqual([
      ["2024-03-13", "a3", false],
      ["2024-03-14", "a1,a2", false],
    ]);
  });

  it("a date contradiction between the rows folds them: the day more articles give stands, cited to those only", () => {
    const rows = buildTimeline(s, NO_ENTITIES, [dispute]);
    expect(rows.map((t) => [t.date, t.articles.join(","), t.disputedDates ?? []])).toEqual([
      ["2024-03-14", "a1,a2", ["2024-03-13"]],
    ]);
  });

  it("with as many articles on each day, both rows stay, each marked with the other's day", () => {
    const even = story(s.articles[0]!.doc, s.articles[2]!.doc);
    const c: Contradiction = {
      ...dispute,
      values: [
        dispute.values[0]!,
        {
          ...dispute.values[1]!,
          articles: ["a2"],
          evidence: [sentence("a3")].map((e) => ({ ...e, article: "a2" })),
        },
      ],
    };
    expect(
      buildTimeline(even, NO_ENTITIES, [c]).map((t) => [t.date, t.articles.join(","), t.disputedDates ?? []]),
    ).toEqual([
      ["2024-03-13", "a2", ["2024-03-14"]],
      ["2024-03-14", "a1", ["2024-03-13"]],
    ]);
  });

  it("a contradiction about other sentences folds nothing", () => {
    const elsewhere: Contradiction = {
      ...dispute,
      values: dispute.values.map((v) => ({ ...v, evidence: [{ ...v.evidence[0]!, start: 500, end: 600 }] })),
    };
    expect(buildTimeline(s, NO_ENTITIES, [elsewhere]).length).toBe(2);
  });

  it("days too far apart are two events, whatever the contradiction says", () => {
    const far = story(
      article(
        "Presiden Joko Widodo meresmikan Bendungan Karian di Banten pada Kamis (14/3/2024).",
        "2024-03-14",
      ),
      article(
        "Presiden Joko Widodo meresmikan Bendungan Karian di Banten pada Jumat (1/3/2024).",
        "2024-03-15",
      ),
    );
    const doc = (i: number) => far.articles[i]!.doc;
    const c: Contradiction = {
      topic: "when",
      slot: "date",
      values: [
        {
          value: "2024-03-14",
          articles: ["a1"],
          evidence: [{ article: "a1", start: 0, end: doc(0).text.length, text: "" }],
        },
        {
          value: "2024-03-01",
          articles: ["a2"],
          evidence: [{ article: "a2", start: 0, end: doc(1).text.length, text: "" }],
        },
      ],
    };
    expect(buildTimeline(far, NO_ENTITIES, [c]).length).toBe(2);
  });
});
