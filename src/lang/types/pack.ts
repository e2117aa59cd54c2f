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
import type { SegmentData } from "./segment.js";

export interface LanguagePack {
  /** BCP 47 code (`id`, `en`, `und` for the neutral base pack). */
  readonly code: string;
  readonly name: string;
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
export type { SegmentData } from "./segment.js";
