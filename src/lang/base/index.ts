/**
 * @module
 * Shared defaults every pack spreads before its own sections: the neutral value of each part a
 * language may leave out (no function words, no titles, no reporting verbs, no search stemmer,
 * the English tagger model as the most general one). A pack overrides what it knows; the
 * registry's fallback for languages without a pack (`lang/und`) starts from these too.
 */
import type { LanguagePack } from "../types/pack.js";

/** The sections with a neutral value: a new pack needs only what its language brings. */
export type PackDefaults = Pick<
  LanguagePack,
  "tagger" | "search" | "langid" | "entities" | "quotes" | "claims"
>;

export const defaults: PackDefaults = Object.freeze({
  // The English model leans least on language-specific affixes, so it is the general one.
  tagger: "en",
  search: Object.freeze({}),
  langid: Object.freeze({ markers: [] }),
  entities: Object.freeze({ titles: [] }),
  quotes: Object.freeze({ reportingVerbs: [], pronouns: [] }),
  claims: Object.freeze({ stopWords: [], hedges: [] }),
});
