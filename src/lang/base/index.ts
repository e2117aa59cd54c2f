/**
 * @module
 * The neutral pack for languages without one of their own: English page chrome (most sites' menus
 * are English whatever the article's language) and no language-specific words, so text passes
 * through cleanly.
 */
import { pack as en } from "../en/index.js";
import type { LanguagePack } from "../types/pack.js";

export const pack: LanguagePack = {
  ...en,
  code: "und",
  name: "Undetermined",
  langid: { markers: [] },
  entities: { titles: [] },
  quotes: { reportingVerbs: [], pronouns: [] },
  claims: { stopWords: [], hedges: [] },
};
