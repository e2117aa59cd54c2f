/**
 * @module
 * The registry's fallback for languages without a pack of their own: the shared defaults (no
 * language-specific words, so text passes through cleanly) with English page chrome, sentence
 * rules and calendar, since most sites' menus are English whatever the article's language.
 */
import { defaults } from "../base/index.js";
import { pack as en } from "../en/index.js";
import type { LanguagePack } from "../types/pack.js";

export const pack: LanguagePack = {
  ...defaults,
  code: "und",
  name: "Undetermined",
  clean: en.clean,
  segment: en.segment,
  dates: en.dates,
};
