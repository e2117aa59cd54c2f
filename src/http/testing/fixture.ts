/**
 * @module
 * A small, fully populated dossier for tests and benchmarks of the API and the UI: two outlets
 * (one carrying wire copy), Indonesian and English text, a timeline, quotes, claims, a
 * contradiction, entities, and one hostile article whose title and text carry markup that must
 * only ever render as text. Spans are found by searching the article text, so offsets are real.
 * `copies` repeats the articles to make large stories for render benchmarks.
 */
import { DOSSIER_SCHEMA, type Dossier, type DossierArticle, type Evidence } from "../../core/dossier.js";

/** Markup a hostile article carries; a page that runs any of it sets `window.__xss`. */
export const HOSTILE = {
  title: `<img src=x onerror="window.__xss=1">Flood <b>update</b>`,
  script: `<script>window.__xss=1</script>`,
  img: `<img src=x onerror="window.__xss=2">`,
  link: `<a href="javascript:window.__xss=3">click</a>`,
  textarea: `</textarea><script>window.__xss=4</script>`,
};

const BASE = [
  {
    outlet: "Harian Satu",
    language: "en",
    published: "2024-03-04",
    agencies: ["Reuters"],
    title: "Flood hits Bekasi, thousands evacuated",
    text:
      "BEKASI (Reuters) - A flood hit Bekasi on Monday after a night of heavy rain, officials said.\n\n" +
      '"We evacuated 1,200 people to schools and mosques," said Governor Ahmad Rahman.\n\n' +
      "Schools will reopen on Thursday, the city said.",
  },
  {
    outlet: "Warta Dua",
    language: "id",
    published: "2024-03-05",
    agencies: [],
    title: "Banjir melanda Bekasi",
    text:
      "Banjir melanda Bekasi pada Senin (4/3/2024) setelah hujan deras semalaman.\n\n" +
      "Sebanyak 1.500 warga dievakuasi, kata Ahmad Rahman kepada wartawan.\n\n" +
      '"Kami terus memantau ketinggian air," ujar Ahmad Rahman.',
  },
  {
    outlet: "Kabar Tiga",
    language: "en",
    published: "2024-03-05",
    agencies: [],
    title: HOSTILE.title,
    text:
      `Residents of Bekasi posted ${HOSTILE.script} and ${HOSTILE.img} on social media.\n\n` +
      `A reader sent ${HOSTILE.link} and ${HOSTILE.textarea} to the newsroom.\n\n` +
      "The flood hit Bekasi on Monday, the newsroom confirmed.",
  },
] as const;

function ev(articles: readonly DossierArticle[], key: string, phrase: string): Evidence {
  const a = articles.find((x) => x.id === key);
  const start = a ? a.text.indexOf(phrase) : -1;
  if (!a || start < 0) throw new Error(`fixture: '${phrase}' not in ${key}`);
  return { article: key, start, end: start + phrase.length, text: phrase };
}

/** The fixture dossier; `copies` > 1 adds further copies of the three articles (a4, a5, …). */
export function fixtureDossier(copies = 1): Dossier {
  const articles: DossierArticle[] = [];
  for (let c = 0; c < copies; c++)
    BASE.forEach((b, i) => {
      const n = c * BASE.length + i + 1;
      articles.push({
        id: `a${n}`,
        contentId: `c${n.toString(16).padStart(15, "0")}`,
        source: `fixture/${n}.txt`,
        outlet: b.outlet,
        title: b.title,
        url: `https://news.example/${n}`,
        language: b.language,
        published: { value: b.published, basis: "stated" },
        authors: [],
        editors: [],
        contributors: [],
        agencies: [...b.agencies],
        citedSources: [],
        origins: b.agencies.length ? [...b.agencies] : [b.outlet],
        dateline: b.language === "en" && i === 0 ? "BEKASI" : null,
        text: b.text,
        removed: [],
      });
    });
  const e = (k: string, p: string) => ev(articles, k, p);
  const mentions = (name: string) =>
    articles.flatMap((a) => {
      const out: Evidence[] = [];
      for (let at = a.text.indexOf(name); at >= 0; at = a.text.indexOf(name, at + 1))
        out.push({ article: a.id, start: at, end: at + name.length, text: name });
      return out;
    });
  const summaryText =
    "A flood hit Bekasi on 4 March 2024; officials evacuated between 1,200 and 1,500 people.";
  return {
    schema: DOSSIER_SCHEMA,
    generator: { name: "kabar", version: "fixture" },
    articles,
    entities: [
      { id: "e1", name: "Bekasi", type: "place", aliases: [], mentions: mentions("Bekasi") },
      {
        id: "e2",
        name: "Ahmad Rahman",
        type: "person",
        aliases: ["Rahman"],
        mentions: mentions("Ahmad Rahman"),
      },
      { id: "e3", name: "Jakarta", type: "place", aliases: [], mentions: [] },
    ],
    timeline: [
      {
        date: "2024-03-04",
        what: "A flood hit Bekasi",
        articles: ["a1", "a2", "a3"],
        evidence: [
          e("a1", "A flood hit Bekasi on Monday"),
          e("a2", "Banjir melanda Bekasi pada Senin (4/3/2024)"),
          e("a3", "The flood hit Bekasi on Monday"),
        ],
      },
      {
        date: "2024-03-07",
        what: "Schools reopen",
        articles: ["a1"],
        evidence: [e("a1", "Schools will reopen on Thursday")],
        scheduled: true,
      },
    ],
    quotes: [
      {
        ...e("a1", "We evacuated 1,200 people to schools and mosques"),
        direct: true,
        speaker: { entity: "e2", name: "Ahmad Rahman" },
      },
      {
        ...e("a2", "Sebanyak 1.500 warga dievakuasi"),
        direct: false,
        speaker: { entity: "e2", name: "Ahmad Rahman" },
      },
      {
        ...e("a2", "Kami terus memantau ketinggian air"),
        direct: true,
        speaker: { entity: "e2", name: "Ahmad Rahman" },
      },
    ],
    claims: [
      {
        id: "k1",
        what: "A flood hit Bekasi on Monday",
        articles: ["a1", "a2", "a3"],
        origins: ["Reuters", "Warta Dua", "Kabar Tiga"],
        evidence: [e("a1", "A flood hit Bekasi on Monday"), e("a2", "Banjir melanda Bekasi")],
      },
      {
        id: "k2",
        what: "People were evacuated",
        articles: ["a1", "a2"],
        origins: ["Reuters", "Warta Dua"],
        evidence: [e("a1", "We evacuated 1,200 people"), e("a2", "1.500 warga dievakuasi")],
      },
    ],
    contradictions: [
      {
        topic: "number evacuated",
        slot: "number",
        values: [
          { value: "1,200", articles: ["a1"], evidence: [e("a1", "We evacuated 1,200 people")] },
          { value: "1,500", articles: ["a2"], evidence: [e("a2", "Sebanyak 1.500 warga dievakuasi")] },
        ],
      },
    ],
    summary: {
      text: summaryText,
      citations: [
        { start: 0, end: summaryText.indexOf(";"), articles: ["a1", "a2"] },
        { start: summaryText.indexOf(";") + 2, end: summaryText.length, articles: ["a1", "a2"] },
      ],
    },
  };
}
