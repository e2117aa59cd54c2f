/**
 * @module
 * The language-pack interface: per-language data (and a few tiny hooks) behind one shape. Each
 * section is typed in its own file so every stage owns the part of the pack it reads. The engine
 * never branches on a language code; it asks the pack.
 */

import type { ClaimData } from "./claims.js";
import type { CleanData } from "./clean.js";
import type { DateData } from "./dates.js";
import type { EntityData } from "./entities.js";
import type { LangidData } from "./langid.js";
import type { QuoteData } from "./quotes.js";
import type { SearchData } from "./search.js";
import type { SegmentData } from "./segment.js";

export interface LanguagePack {
  /** BCP 47 code (`id`, `en`, `und` for the fallback of languages without a pack). */
  readonly code: string;
  readonly name: string;
  /**
   * The named-entity tagger model that reads this language: `models/ner/<tagger>.bin.gz`. A
   * language without a model of its own names the closest one (Malay reads Indonesian's).
   */
  readonly tagger: string;
  readonly search: SearchData;
  /** The i18n-iso-countries locale whose country names the gazetteer build adds (none: none). */
  readonly countryNames?: string;
  readonly clean: CleanData;
  readonly langid: LangidData;
  readonly segment: SegmentData;
  readonly entities: EntityData;
  readonly dates: DateData;
  readonly quotes: QuoteData;
  readonly claims: ClaimData;
}

export type { ClaimData } from "./claims.js";
export type { CleanData } from "./clean.js";
export type { DateData } from "./dates.js";
export type { EntityData } from "./entities.js";
export type { LangidData } from "./langid.js";
export type { QuoteData } from "./quotes.js";
export type { SearchData } from "./search.js";
export type { SegmentData } from "./segment.js";
