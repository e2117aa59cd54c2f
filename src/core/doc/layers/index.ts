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

export type Layers = { readonly [K in LayerName]?: readonly LayerTypes[K][] };

export type { ClaimCandidate, ClaimSlots } from "./claims.js";
export type { DateMention, DatePrecision } from "./dates.js";
export type { EntityType, Mention } from "./mentions.js";
export type { Quote, SpeakerRef } from "./quotes.js";
export type { Paragraph, Sentence, Token } from "./text-units.js";
