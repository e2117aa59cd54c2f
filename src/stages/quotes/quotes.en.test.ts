import { describe, expect, it } from "vitest";
import { assertInvariants } from "../../core/doc/invariants.js";
import { type NameSpec, quotesOf } from "./testing.js";

interface Case {
  readonly name: string;
  readonly text: string;
  readonly names: readonly NameSpec[];
  /** [fragment the quote contains, direct, speaker name (null: no speaker)] */
  readonly want: readonly (readonly [string, boolean, string | null])[];
}

const cases: Case[] = [
  {
    name: "said after the name",
    text: '"We will not back down," Smith said on Tuesday.',
    names: [["Smith", "person", "John Smith"]],
    want: [["not back down", true, "John Smith"]],
  },
  {
    name: "said before the name, apposition",
    text: '"The bridge will reopen next week," said John Smith, a spokesman for the transport ministry.',
    names: [["John Smith", "person"]],
    want: [["bridge will reopen", true, "John Smith"]],
  },
  {
    name: "he said resolves to the subject of the previous sentence",
    text: 'Mayor Karen Bass visited the shelter on Monday. "These families deserve better," he said.',
    names: [["Karen Bass", "person"]],
    want: [["deserve better", true, "Karen Bass"]],
  },
  {
    name: "she added after an indirect quote",
    text:
      "Health Minister Jane Doe said the hospital would open in March.\n\n" +
      '"We have hired four hundred nurses already," she added.',
    names: [["Jane Doe", "person"]],
    want: [
      ["hospital would open in March", false, "Jane Doe"],
      ["four hundred nurses", true, "Jane Doe"],
    ],
  },
  {
    name: "organisation speaks, curly quotes, speaker before with colon",
    text: "The World Health Organization said in a statement: “The risk to the public remains low.”",
    names: [["World Health Organization", "organization"]],
    want: [["risk to the public", true, "World Health Organization"]],
  },
  {
    name: "single quotes at top level, British style",
    text: "'It is a dark day for the club,' the manager Tom Riley told reporters.",
    names: [["Tom Riley", "person"]],
    want: [["dark day for the club", true, "Tom Riley"]],
  },
  {
    name: "multi-paragraph quote is one span",
    text:
      'Governor Ann Lee said: "We are opening three new shelters tonight.\n\n' +
      '"Anyone who needs a bed will get one," she said.',
    names: [["Ann Lee", "person"]],
    want: [['shelters tonight.\n\n"Anyone who needs', true, "Ann Lee"]],
  },
  {
    name: "indirect after told … that",
    text: "Police Chief Maria Gomez told reporters on Sunday that two suspects had been arrested.",
    names: [["Maria Gomez", "person"]],
    want: [["two suspects had been arrested", false, "Maria Gomez"]],
  },
  {
    name: "indirect with the source after a comma",
    text: "The storm killed at least 12 people, the disaster agency said. Prices will rise again in June, according to the central bank.",
    names: [],
    want: [
      ["storm killed at least 12 people", false, "the disaster agency"],
      ["Prices will rise", false, "the central bank"],
    ],
  },
  {
    name: "denied",
    text: "The company denied that it had sold customer data to advertisers.",
    names: [],
    want: [["sold customer data", false, "The company"]],
  },
  {
    name: "partial quote in reported speech belongs to the subject",
    text: 'Senator Ruiz called the bill "a gift to polluters" and said he would vote against it.',
    names: [["Ruiz", "person", "Ana Ruiz"]],
    want: [["a gift to polluters", true, "Ana Ruiz"]],
  },
  {
    name: "name, apposition, then said",
    text: '"We have to make hard calls," Brad Alexander, chief of media relations at the emergency office, said Tuesday.',
    names: [["Brad Alexander", "person"]],
    want: [["hard calls", true, "Brad Alexander"]],
  },
  {
    name: "the coach after a subordinate clause resolves to the coach named before",
    text:
      "FC Goa coach Sergio Lobera said the final was balanced.\n" +
      'When asked if bringing Saviour Gama was the only option, the coach said, "I wanted a leg back."',
    names: [
      ["Sergio Lobera", "person"],
      ["Saviour Gama", "person"],
    ],
    want: [
      ["the final was balanced", false, "Sergio Lobera"],
      ["I wanted a leg back", true, "Sergio Lobera"],
    ],
  },
  {
    name: "people inside a quote are not the antecedent of he",
    text:
      "Coach Tony Gustavsson spoke after the win.\n" +
      '"Sam is a massive part of the plan, and we did not want to give that away," he said.',
    names: [
      ["Tony Gustavsson", "person"],
      ["Sam", "person", "Sam Kerr"],
    ],
    want: [["massive part of the plan", true, "Tony Gustavsson"]],
  },
  {
    name: "an abbreviated rank does not cut the name",
    text: "The man did not leave for a while, said Sgt. Pete Dugan, a police spokesman.",
    names: [["Pete Dugan", "person"]],
    want: [["did not leave for a while", false, "Pete Dugan"]],
  },
  {
    name: "an attribution inside the clause: he added",
    text: "Brad Alexander said resources were thin. Firefighters, he added, would focus first on areas where lives were threatened.",
    names: [["Brad Alexander", "person"]],
    want: [["Firefighters, he added, would focus first", false, "Brad Alexander"]],
  },
];

const nothing: { name: string; text: string; names: readonly NameSpec[] }[] = [
  { name: "a title in quotes", text: 'The film "Past Lives" opened in 300 cinemas on Friday.', names: [] },
  {
    name: "scare quotes without a cue",
    text: 'The so-called "green zone" was closed to traffic all week.',
    names: [],
  },
  {
    name: "apostrophes and possessives",
    text: "The students' union rejected the dean's plan for the '90s building.",
    names: [],
  },
  { name: "did not say", text: "The minister did not say when the talks would resume.", names: [] },
  {
    name: "said nothing",
    text: "Both players smiled and said nothing about the injury at the media conference.",
    names: [],
  },
];

describe("quotes stage, English", () => {
  it.each(cases)("$name", ({ text, names, want }) => {
    const { doc, quotes } = quotesOf(text, "en", names);
    assertInvariants(doc);
    for (const [fragment, direct, speaker] of want) {
      const q = quotes.find((x) => x.text.includes(fragment) && x.direct === direct);
      expect(
        q,
        `no ${direct ? "direct" : "indirect"} quote with "${fragment}" in ${JSON.stringify(quotes.map((x) => x.text))}`,
      ).toBeDefined();
      expect(q!.speaker?.name ?? null).toBe(speaker);
    }
  });

  it.each(nothing)("finds nothing: $name", ({ text, names }) => {
    const { doc, quotes } = quotesOf(text, "en", names);
    assertInvariants(doc);
    expect(quotes).toEqual([]);
  });
});
