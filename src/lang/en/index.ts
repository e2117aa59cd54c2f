/**
 * @module
 * The English language pack: data only, assembled from same-named section files.
 */
import { defaults } from "../base/index.js";
import type { LanguagePack } from "../types/pack.js";
import { claims } from "./claims.js";
import { clean } from "./clean.js";
import { dates } from "./dates.js";
import { entities } from "./entities.js";
import { langid } from "./langid.js";
import { quotes } from "./quotes.js";
import { segment } from "./segment.js";

export const pack: LanguagePack = {
  ...defaults,
  code: "en",
  name: "English",
  tagger: "en",
  countryNames: "en",
  clean,
  langid,
  segment,
  entities,
  dates,
  quotes,
  claims,
};
