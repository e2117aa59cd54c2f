/**
 * @module
 * Entity cues of a language: titles and roles printed before names, well-known names with their
 * local forms (all resolving to one English canonical), and the words around a name that tell its
 * type (heads of organisation and event names, place cues, appositive openers). Every field but
 * `titles` is optional so a pack without entity data (the neutral base pack) still type-checks.
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
  /** Capitalised words that never start a name by themselves (sentence openers, weekdays…). */
  readonly nonNames?: readonly string[];
}
