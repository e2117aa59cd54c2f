/**
 * @module
 * What finders propose and refiners settle: a candidate name over a run of a sentence's tokens,
 * with its type, canonical name, the role printed before it, and a weight that says how much the
 * finder is trusted when two candidates overlap (known names over gazetteer cities over cue-based
 * guesses).
 */
import type { Token } from "../../core/doc/layers/index.js";
import type { EntityType } from "../../core/doc/layers/mentions.js";
import type { HeadNoun } from "../../lang/types/entities.js";
import type { Lexicon } from "./lexicon.js";

export interface Candidate {
  /** Index of the sentence in the document's sentence list. */
  readonly sentence: number;
  /** Token range `[i, j)` inside the sentence's tokens. */
  readonly i: number;
  readonly j: number;
  readonly type: EntityType;
  readonly canonical: string;
  readonly role?: string;
  /** The finder or refiner that made it, recorded as the mention's `rule`. */
  readonly rule: string;
  /** Trust when candidates overlap: higher wins at equal length. */
  readonly weight: number;
  /** True when the name came from a list (known names, gazetteers), not from a cue or the tagger. */
  readonly listed: boolean;
}

export const WEIGHT = {
  known: 6,
  country: 5,
  city: 4,
  head: 4.5,
  title: 4,
  appositive: 4,
  tagger: 3,
  speech: 3,
  placeCue: 2,
  locative: 1,
} as const;

/** One sentence as the finders see it. */
export interface SentenceView {
  readonly index: number;
  readonly tokens: readonly Token[];
  /** Token texts, for quick comparisons. */
  readonly words: readonly string[];
  /** Lower-cased token texts. */
  readonly lower: readonly string[];
}

/** Everything a finder reads: the sentence, the lexicon, and the language's cue data. */
export interface FindContext {
  readonly lexicon: Lexicon;
  readonly language: string | null;
  /** The tagger model the language's pack names (`models/ner/<tagger>.bin.gz`). */
  readonly tagger: string;
  readonly titles: TitleIndex;
  /** Head nouns by their first lower-cased word. */
  readonly headIndex: ReadonlyMap<string, readonly HeadNoun[]>;
  readonly placeCues: readonly (readonly string[])[];
  readonly locatives: ReadonlySet<string>;
  readonly appositiveOpeners: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  /** Lower-case words inside organisation and event names ("dan", "of"). */
  readonly connectors: ReadonlySet<string>;
  readonly nonNames: ReadonlySet<string>;
  /** Capitalised function words: not a name when they open a sentence ("Lalu" = "then"). */
  readonly openers: ReadonlySet<string>;
  /** Capitalised words of an office rather than a name ("Perekonomian"); matches nothing when unset. */
  readonly officeWord: RegExp;
  /** Offices and branches that open an organisation's name without being part of it ("DPD", "Komisi"). */
  readonly branchOffices: TitleIndex;
  /** Words that make an office with a number after them ("Komisi III"). */
  readonly committees: ReadonlySet<string>;
  /** Prepositions that make a listed country a location ("di", "dari", "from"); elsewhere it acts. */
  readonly placePrepositions: ReadonlySet<string>;
  /** Words after which a name opens a new phrase instead of qualifying the word before ("dan", "oleh"). */
  readonly clauseLinks: ReadonlySet<string>;
  /** Verbs after which a clause-opening country is the state acting ("will", "menolak"). */
  readonly actorVerbs: ReadonlySet<string>;
  /** Conjunctions that close a list of names ("dan", "and"). */
  readonly listJoiners: ReadonlySet<string>;
  /** Articles between a preposition and a name ("in the U.S."). */
  readonly determiners: ReadonlySet<string>;
  /** True when a noun's modifiers follow it, so a name right after a noun may qualify it. */
  readonly modifiersFollow: boolean;
  /** English canonical names of the gazetteer's countries. */
  readonly countries: ReadonlySet<string>;
  /** Compass words that end place and organisation names ("Sulawesi Selatan", "Libya Barat"). */
  readonly directions: ReadonlySet<string>;
  /** Nationality adjectives ("Israeli"): not mentions of a place by themselves. */
  readonly demonyms: ReadonlySet<string>;
  readonly speechCues: ReadonlySet<string>;
}

/** Multi-word phrases (titles, cues) indexed by their first lower-cased word. */
export type TitleIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** The longest phrase of `index` that starts at token `i`, as its length in tokens (0 if none). */
export function phraseAt(index: TitleIndex, lower: readonly string[], i: number): number {
  const options = index.get(lower[i] ?? "");
  if (!options) return 0;
  let best = 0;
  for (const words of options) {
    if (words.length <= best) continue;
    if (words.every((w, k) => lower[i + k] === w)) best = words.length;
  }
  return best;
}

/** True when a title phrase covers token `at` ("Menteri Luar Negeri, pejabat …" at "Luar"). */
export function insideTitle(view: SentenceView, at: number, ctx: FindContext): boolean {
  for (let s = Math.max(0, at - 3); s <= at; s++) {
    if (s + phraseAt(ctx.titles, view.lower, s) > at) return true;
  }
  return false;
}

/** True when token `i` opens its sentence or follows a dash, colon or quote rather than a word or comma. */
export function opensSentence(view: SentenceView, i: number): boolean {
  const prev = view.words[i - 1];
  return prev === undefined || (prev !== "," && !/^[\p{L}\p{N}]/u.test(prev));
}
