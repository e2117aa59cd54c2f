/**
 * @module
 * The Indonesian language pack: data only, assembled from same-named section files.
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
import { stemCandidates } from "./stem.js";

export const pack: LanguagePack = {
  ...defaults,
  code: "id",
  name: "Indonesian",
  tagger: "id",
  search: { stems: stemCandidates },
  countryNames: "id",
  clean,
  langid,
  segment,
  entities,
  dates,
  quotes,
  claims,
};
