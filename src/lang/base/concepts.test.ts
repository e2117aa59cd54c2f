import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conceptsOf, hypernymOf, isEventConcept, phraseConceptsOf } from "./concepts.js";

interface NewsEvent {
  readonly concept: string;
  readonly words: Readonly<Record<"id" | "en", readonly string[]>>;
  readonly synsets: Readonly<Record<string, string>>;
}

const NEWS_EVENTS = (
  JSON.parse(readFileSync(new URL("../../../data/concepts/news-events.json", import.meta.url), "utf8")) as {
    events: readonly NewsEvent[];
  }
).events;

type Word = readonly [language: string, word: string];

function shared(a: Word, b: Word): string[] {
  const other = new Set(conceptsOf(...b));
  return conceptsOf(...a).filter((c) => other.has(c));
}

describe("conceptsOf: words that name the same event share an id, across languages", () => {
  it.each<{ a: Word; b: Word; concept: string }>([
    { a: ["id", "bertemu"], b: ["id", "pertemuan"], concept: "ev:meet" },
    { a: ["id", "bertemu"], b: ["en", "meet"], concept: "ev:meet" },
    { a: ["id", "pertemuan"], b: ["en", "meeting"], concept: "ev:meet" },
    { a: ["en", "meet"], b: ["en", "meeting"], concept: "ev:meet" },
    { a: ["id", "KTT"], b: ["en", "summit"], concept: "ev:meet" },
    { a: ["id", "tiba"], b: ["id", "kedatangan"], concept: "ev:arrive" },
    { a: ["id", "tiba"], b: ["en", "arrive"], concept: "ev:arrive" },
    { a: ["id", "kedatangan"], b: ["en", "arrival"], concept: "ev:arrive" },
    { a: ["id", "menandatangani"], b: ["en", "sign"], concept: "ev:sign" },
    { a: ["id", "teken"], b: ["en", "signing"], concept: "ev:sign" },
    { a: ["id", "tewas"], b: ["en", "killed"], concept: "ev:die" },
    { a: ["id", "meninggal"], b: ["en", "died"], concept: "ev:die" },
    { a: ["id", "gempa"], b: ["en", "earthquake"], concept: "ev:quake" },
    { a: ["id", "mengungsi"], b: ["en", "evacuees"], concept: "ev:evacuate" },
    { a: ["id", "membantah"], b: ["en", "denied"], concept: "ev:deny" },
    { a: ["id", "pencarian"], b: ["en", "rescue"], concept: "ev:rescue" },
    { a: ["id", "SAR"], b: ["en", "search"], concept: "ev:rescue" },
  ])("$a and $b share $concept", ({ a, b, concept }) => {
    expect(conceptsOf(...a)[0]).toBe(concept);
    expect(conceptsOf(...b)[0]).toBe(concept);
  });

  it.each<{ a: Word; b: Word }>([
    { a: ["id", "gempa"], b: ["en", "meet"] },
    { a: ["id", "gempa"], b: ["id", "bertemu"] },
    { a: ["en", "earthquake"], b: ["en", "signing"] },
    { a: ["id", "tiba"], b: ["id", "berangkat"] },
  ])("$a and $b share nothing", ({ a, b }) => {
    expect(shared(a, b)).toEqual([]);
  });
});

describe("conceptsOf: surface forms the tables do not list", () => {
  it.each<{ word: Word; concept: string }>([
    { word: ["id", "kunjungannya"], concept: "ev:visit" },
    { word: ["id", "pertemuannya"], concept: "ev:meet" },
    { word: ["id", "dievakuasikan"], concept: "ev:evacuate" },
    { word: ["id", "Ditandatanganinya"], concept: "ev:sign" },
    { word: ["id", "luka-luka"], concept: "ev:injure" },
    { word: ["en", "met"], concept: "ev:meet" },
    { word: ["en", "Meetings"], concept: "ev:meet" },
    { word: ["en", "arriving"], concept: "ev:arrive" },
    { word: ["id-ID", "gempa"], concept: "ev:quake" },
    { word: ["en-GB", "earthquakes"], concept: "ev:quake" },
  ])("$word resolves to $concept", ({ word, concept }) => {
    expect(conceptsOf(...word)).toContain(concept);
  });

  it.each<{ word: Word; concept: string }>([
    { word: ["en", "ratify"], concept: "ev:sign" },
    { word: ["en", "inundation"], concept: "ev:flood" },
    { word: ["en", "decease"], concept: "ev:die" },
    { word: ["id", "bersidang"], concept: "ev:hold" },
    { word: ["id", "konferensi"], concept: "ev:meet" },
  ])("$word joins $concept through a WordNet synset the event absorbs", ({ word, concept }) => {
    expect(conceptsOf(...word)).toContain(concept);
  });

  it("keeps WordNet concepts after the event ids, shared between the languages", () => {
    const earthquake = conceptsOf("en", "earthquake");
    expect(earthquake.slice(1).every((c) => /^i\d+$/.test(c))).toBe(true);
    expect(conceptsOf("id", "gempa")).toContain(earthquake[1]);
  });
});

describe("conceptsOf: must find nothing", () => {
  it.each<{ word: Word }>([
    { word: ["en", "xqzvbl"] },
    { word: ["id", "qwertyuiop"] },
    { word: ["id", ""] },
    { word: ["en", "   "] },
    { word: ["ru", "встреча"] },
    { word: ["zh", "会议"] },
  ])("$word → []", ({ word }) => {
    expect(conceptsOf(...word)).toEqual([]);
  });

  it("reads English tables for another language when the word is ASCII", () => {
    expect(conceptsOf("fr", "summit")).toEqual(conceptsOf("en", "summit"));
    expect(conceptsOf("und", "summit")[0]).toBe("ev:meet");
  });
});

describe("phraseConceptsOf", () => {
  it.each<{ language: string; words: readonly string[]; i: number; length: number; concept: string }>([
    { language: "en", words: ["the", "death", "toll", "rose"], i: 1, length: 2, concept: "ev:die" },
    { language: "en", words: ["Death", "tolls"], i: 0, length: 2, concept: "ev:die" },
    { language: "id", words: ["korban", "jiwa", "bertambah"], i: 0, length: 2, concept: "ev:die" },
    { language: "id", words: ["gencatan", "senjata"], i: 0, length: 2, concept: "ev:ceasefire" },
    { language: "id", words: ["di", "pertemuan", "puncaknya"], i: 1, length: 2, concept: "ev:meet" },
    { language: "id", words: ["mengundurkan", "diri", "dari"], i: 0, length: 2, concept: "ev:resign" },
    { language: "en", words: ["search", "and", "rescue", "teams"], i: 0, length: 3, concept: "ev:rescue" },
  ])("$words at $i: $length words, $concept", ({ language, words, i, length, concept }) => {
    const match = phraseConceptsOf(language, words, i);
    expect(match?.length).toBe(length);
    expect(match?.concepts).toContain(concept);
  });

  it("finds WordNet multi-word lemmas shared by both languages", () => {
    const en = phraseConceptsOf("en", ["prime", "minister"], 0);
    const id = phraseConceptsOf("id", ["perdana", "menteri"], 0);
    expect(en?.length).toBe(2);
    expect(id?.concepts.filter((c) => en?.concepts.includes(c))).not.toEqual([]);
  });

  it.each<{ language: string; words: readonly string[]; i: number }>([
    { language: "en", words: ["the", "death"], i: 0 },
    { language: "en", words: ["death"], i: 0 },
    { language: "id", words: ["korban"], i: 0 },
    { language: "en", words: ["death", "toll"], i: 5 },
    { language: "ru", words: ["смерть", "число"], i: 0 },
  ])("$words at $i → null", ({ language, words, i }) => {
    expect(phraseConceptsOf(language, words, i)).toBeNull();
  });
});

describe("hypernymOf and isEventConcept", () => {
  it("climbs one level for WordNet concepts", () => {
    const earthquake = conceptsOf("en", "earthquake")[1]!;
    const parent = hypernymOf(earthquake);
    expect(parent).toMatch(/^i\d+$/);
    expect(parent).not.toBe(earthquake);
    expect(hypernymOf(parent!)).toMatch(/^i\d+$/);
  });

  it.each(["ev:meet", "i0", "meet", ""])("%s has no hypernym", (id) => {
    expect(hypernymOf(id)).toBeNull();
  });

  it.each<{ id: string; event: boolean }>([
    { id: "ev:meet", event: true },
    { id: "ev:quake", event: true },
    { id: "ev:nonsense", event: false },
    { id: "i31856", event: false },
  ])("$id → $event", ({ id, event }) => {
    expect(isEventConcept(id)).toBe(event);
  });

  it("answers with event ids that isEventConcept knows", () => {
    for (const word of ["bertemu", "tewas", "gempa", "kunjungan"]) {
      expect(isEventConcept(conceptsOf("id", word)[0]!)).toBe(true);
    }
  });
});

describe("news-events.json", () => {
  it.each(NEWS_EVENTS.map((ev) => ({ ev, concept: ev.concept })))(
    "$concept: a well-formed id, and every word it lists answers with it",
    ({ ev }) => {
      expect(ev.concept).toMatch(/^ev:[a-z-]+$/);
      expect(isEventConcept(ev.concept)).toBe(true);
      expect(Object.keys(ev.synsets).every((ili) => /^i\d+$/.test(ili))).toBe(true);
      const missed = (["id", "en"] as const).flatMap((language) =>
        ev.words[language].filter((word) => {
          const words = word.split(" ");
          const concepts =
            words.length > 1 ? phraseConceptsOf(language, words, 0)?.concepts : conceptsOf(language, word);
          return word !== word.toLowerCase() || !concepts?.includes(ev.concept);
        }),
      );
      expect(missed).toEqual([]);
    },
  );

  it("names each event once", () => {
    const ids = NEWS_EVENTS.map((ev) => ev.concept);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
