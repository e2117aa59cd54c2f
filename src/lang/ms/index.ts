/**
 * @module
 * The Malay language pack. It starts from Indonesian data: until Malay gets lists of its own,
 * every section but language identification is Indonesian's, shared by reference (so unions over
 * every pack count them once), and Malay text reads the Indonesian tagger model, stemmer and
 * chrono locale. What is Malay's own is the spellings that tell it from Indonesian
 * (`langid.ts`). It gives no country-name locale, so the gazetteer build adds none for it yet.
 */
import { pack as id } from "../id/index.js";
import type { LanguagePack } from "../types/pack.js";
import { langid } from "./langid.js";

export const pack: LanguagePack = {
  ...id,
  code: "ms",
  name: "Malay",
  countryNames: undefined,
  langid,
};
