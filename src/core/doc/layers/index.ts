/**
 * @module
 * The annotation layers a document can carry. A stage names the layers it requires and assigns by
 * these keys; the pipeline builder checks the order before anything runs.
 */
import type { ClaimCandidate } from "./claims.js";
import type { DateMention } from "./dates.js";
import type { Mention } from "./mentions.js";
import type { Quote } from "./quotes.js";
import type { Paragraph, Sentence, Token } from "./text-units.js";

export interface LayerTypes {
  paragraphs: Paragraph;
  sentences: Sentence;
  tokens: Token;
  mentions: Mention;
  dates: DateMention;
  quotes: Quote;
  claims: ClaimCandidate;
}

export type LayerName = keyof LayerTypes;

/** Every layer name, for code that must walk them at run time (the checked stage run). */
export const LAYER_NAMES = Object.freeze([
  "paragraphs",
  "sentences",
  "tokens",
  "mentions",
  "dates",
  "quotes",
  "claims",
] as const satisfies readonly LayerName[]);

// A layer added to LayerTypes but not to LAYER_NAMES fails to type-check here.
const _allNamed: Exclude<LayerName, (typeof LAYER_NAMES)[number]> extends never ? true : never = true;
void _allNamed;

export type Layers = { readonly [K in LayerName]?: readonly LayerTypes[K][] };

export type { ClaimCandidate, ClaimSlots } from "./claims.js";
export type { DateMention, DatePrecision } from "./dates.js";
export type { EntityType, Mention } from "./mentions.js";
export type { Quote, SpeakerRef } from "./quotes.js";
export type { Paragraph, Sentence, Token } from "./text-units.js";
