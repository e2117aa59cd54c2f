/**
 * @module
 * Entity cues of a language: titles and roles printed before names, well-known names with their
 * local forms (all resolving to one English canonical), and the words around a name that tell its
 * type (heads of organisation and event names, place cues, appositive openers). Every field but
 * `titles` is optional so a pack without entity data (the fallback `und`) still type-checks.
 */
import type { EntityType } from "../../core/doc/layers/index.js";

/** A known name and every local form of it. */
export interface KnownName {
  /** The canonical (English) name every form resolves to. */
  readonly canonical: string;
  readonly type: EntityType;
  /** Surface forms, matched token by token; forms written all in capitals match only so. */
  readonly forms: readonly string[];
}

/** A head noun that makes a name of the capitalised words beside it ("Kosmodrom X", "X Cosmodrome"). */
export interface HeadNoun {
  readonly word: string;
  readonly type: EntityType;
  /** Which side of the name the head stands on. */
  readonly position: "before" | "after";
  /** The English head the canonical name uses ("Cosmodrome" for "Kosmodrom"), when it translates. */
  readonly canonicalHead?: string;
}

export interface EntityData {
  /** Titles and roles that precede a person's name ("Presiden", "juru bicara", "President"). */
  readonly titles: readonly string[];
  /** Organisations, places, events with their local forms and acronyms. */
  readonly known?: readonly KnownName[];
  /** Adjectives of nationality and the country they point to ("Russian" → "Russia"). */
  readonly demonyms?: Readonly<Record<string, string>>;
  /** Heads of organisation, event and facility names. */
  readonly heads?: readonly HeadNoun[];
  /** Words before a place name that say it is a place ("kota", "wilayah", "region"). */
  readonly placeCues?: readonly string[];
  /** Prepositions of location after which a lone capitalised word is most likely a place ("di"). */
  readonly locatives?: readonly string[];
  /** Words that may open an appositive role after a name ("seorang", "mantan", "a", "former"). */
  readonly appositiveOpeners?: readonly string[];
  /** Lower-case words that may stand inside a name ("bin", "van", "of", "dan"). */
  readonly nameParticles?: readonly string[];
  /** Lower-case words that may stand inside an organisation's or event's name ("dan", "of"). */
  readonly orgConnectors?: readonly string[];
  /**
   * Shape (a regular expression, case-insensitive) of capitalised words that belong to an office
   * rather than a name: Indonesian nominalisations such as "Perekonomian", "Kejaksaan" in
   * "Menko Perekonomian Boediono".
   */
  readonly officeWordPattern?: string;
  /**
   * Offices and branches printed before the organisation they belong to ("Komisi", "DPD",
   * "Dewan Pimpinan Pusat"): not part of its name.
   */
  readonly branchOffices?: readonly string[];
  /** Words that name an office when a number follows ("Komisi III" is a committee, no entity). */
  readonly committees?: readonly string[];
  /**
   * Prepositions after which a country is a location ("di", "ke", "dari"; "in", "from"); a
   * country elsewhere acts as a state (an organisation). Defaults to `locatives`.
   */
  readonly placePrepositions?: readonly string[];
  /**
   * Verbs (and auxiliaries) after which a country opening a clause is the state acting, an
   * organisation ("China will present", "Rusia menolak").
   */
  readonly actorVerbs?: readonly string[];
  /** Conjunctions that close a list of names ("dan", "serta"; "and"). */
  readonly listJoiners?: readonly string[];
  /** Articles that may stand between a preposition and a name ("the" in "in the U.S."). */
  readonly determiners?: readonly string[];
  /** True when modifiers follow their noun ("tentara Jepang" = Japanese troops). */
  readonly modifiersFollow?: boolean;
  /** Conjunctions and prepositions after which a name opens a new phrase ("dan", "oleh"; "and"). */
  readonly clauseLinks?: readonly string[];
  /** Compass words that end place and organisation names ("Selatan" in "Sulawesi Selatan"). */
  readonly directions?: readonly string[];
  /** Capitalised words that never start a name by themselves (sentence openers, weekdays…). */
  readonly nonNames?: readonly string[];
}
