/**
 * The proof that a language is one folder plus one registry line: a throwaway pack, written here
 * as `lang/qaa/index.ts` would hold it, goes into a fresh registry next to the shipped packs (the
 * line `defaultPacks` would gain), and a text in its language runs through the whole per-article
 * pipeline and the search stemming with no other file touched. The same text under the shipped
 * registry shows each stage really read the new pack. It lives in app/ because it runs every
 * stage and the store's stemming (tests follow the layer rule of their folder).
 */
import { describe, expect, it } from "vitest";
import { SILENT } from "../core/context.js";
import { type ArticleDoc, layer } from "../core/doc/document.js";
import { defaults } from "../lang/base/index.js";
import { makeContext } from "../lang/context.js";
import { pack as en } from "../lang/en/index.js";
import { createRegistry, type PackRegistry } from "../lang/packs.js";
import { defaultPacks } from "../lang/registry.js";
import type { LanguagePack } from "../lang/types/pack.js";
import { stemText } from "../storage/codec.js";
import { ftsQuery } from "../storage/sqlite/search.js";
import { analyzeArticle } from "./analyze.js";

/** Function words of the made-up language: frequent enough for the language vote. */
const FUNCTION_WORDS = ["ka", "mo", "lu", "ti", "pe", "zo", "ne", "ra"];

/** `lang/qaa/index.ts` (qaa: the BCP 47 code reserved for local use). */
const qaa: LanguagePack = {
  ...defaults,
  code: "qaa",
  name: "Throwaway",
  tagger: "en",
  // Plurals take -en: "hausen" is "haus".
  search: { stems: (w) => (w.length > 4 && w.endsWith("en") ? [w, w.slice(0, -2)] : [w]) },
  // Its sites' "read also" links: page chrome that cleaning drops once the pack is registered.
  clean: { ...en.clean, relatedLinks: [...en.clean.relatedLinks, "Lesu ka"] },
  langid: { markers: FUNCTION_WORDS },
  segment: { abbreviations: ["Gub"], sentenceFinalAbbreviations: [] },
  entities: {
    titles: ["Gubernor"],
    known: [{ canonical: "Zanthor", type: "place", forms: ["Zanthor", "Zanthoria"] }],
  },
  dates: {
    ...en.dates,
    weekdays: [["sunzo"], ["lunzo"], ["marzo"], ["merzo"], ["jovzo"], ["venzo"], ["satzo"]],
  },
  quotes: { reportingVerbs: ["blatu"], pronouns: ["hu"], postCues: ["blatu"] },
  claims: { stopWords: FUNCTION_WORDS, hedges: ["forse"] },
};

/** The one registry line. */
const withQaa: PackRegistry = createRegistry([...defaultPacks.all(), qaa], defaultPacks.fallback);

const TEXT = `Ka hausen mo Zanthor lu pe ti zo ka Lunzo, ne Gub. Vara Nomi ra ka ti.

"Ka hausen mo ne ti pe zo ra lu," blatu Gubernor Vara Nomi ka ti mo zo.

Lesu ka: Zanthor hausen mo ti zo ne ra pe lu ka ti

Ka 120 hausen mo ti zo ne ra pe lu ka Zanthoria mo ti.`;

function analyse(packs: PackRegistry, language?: string): ArticleDoc {
  const hints = {
    published: { value: "2023-09-13", basis: "stated" as const },
    ...(language ? { language } : {}),
  };
  return analyzeArticle(
    { source: "qaa.txt", raw: TEXT, format: "text", hints },
    makeContext({}, SILENT, packs),
  );
}

const sentences = (doc: ArticleDoc) => layer(doc, "sentences").map((s) => doc.text.slice(s.start, s.end));
const mentions = (doc: ArticleDoc) => layer(doc, "mentions").map((m) => `${m.type}:${m.text}:${m.rule}`);

describe("a throwaway pack in a fresh registry", () => {
  const doc = analyse(withQaa);
  // The same text declared as qaa, under the shipped registry: the fallback pack reads it.
  const before = analyse(defaultPacks, "qaa");

  it("is the language the vote picks, which the shipped packs cannot", () => {
    expect(doc.meta.language).toBe("qaa");
    expect(analyse(defaultPacks).meta.language).not.toBe("qaa");
  });

  it("cleans with its chrome cues: its related-link line is dropped, and only with it registered", () => {
    expect(doc.text).not.toContain("Lesu ka:");
    expect(doc.removed.map((r) => r.reason)).toContain("related-link");
    expect(before.text).toContain("Lesu ka:");
  });

  it("segments with its abbreviations", () => {
    expect(sentences(doc)[0]).toBe("Ka hausen mo Zanthor lu pe ti zo ka Lunzo, ne Gub. Vara Nomi ra ka ti.");
    expect(sentences(before)[0]).toBe("Ka hausen mo Zanthor lu pe ti zo ka Lunzo, ne Gub.");
  });

  it("finds its known names and the names after its titles", () => {
    expect(mentions(doc)).toEqual(
      expect.arrayContaining(["place:Zanthor:entities/known", "place:Zanthoria:entities/known"]),
    );
    // The name after "Gubernor" is a person, and never swallows the title; which rule finds it
    // first (the title cue or the English tagger the pack borrows) is the tagger's business.
    expect(mentions(doc).filter((m) => m.startsWith("person:Vara Nomi:"))).toHaveLength(1);
    expect(mentions(doc).some((m) => m.includes("Gubernor"))).toBe(false);
    expect(mentions(before).some((m) => m.endsWith("entities/known") || m.endsWith("title-cue"))).toBe(false);
  });

  it("dates its weekdays", () => {
    const dates = layer(doc, "dates").map((d) => [d.text, d.value]);
    expect(dates).toContainEqual(["Lunzo", "2023-09-11"]);
    expect(layer(before, "dates")).toEqual([]);
  });

  it("attributes quotes through its reporting verbs", () => {
    const quotes = layer(doc, "quotes");
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe("Vara Nomi");
    expect(layer(before, "quotes")[0]?.speaker ?? null).toBeNull();
  });

  it("leaves its function words out of claim keywords", () => {
    const keywords = layer(doc, "claims").flatMap((c) => c.slots.keywords);
    expect(keywords).toContain("hausen");
    expect(keywords.some((k) => FUNCTION_WORDS.includes(k))).toBe(false);
  });

  it("adds its stems to the search column and to queries", () => {
    expect(stemText("Ka hausen", withQaa).split(" ")).toContain("haus");
    expect(stemText("Ka hausen").split(" ")).not.toContain("haus");
    expect(ftsQuery("hausen", withQaa)).toContain('"haus"');
    expect(ftsQuery("hausen")).not.toContain('"haus"');
  });
});
