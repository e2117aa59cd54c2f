/**
 * @module
 * Layers made by segmentation: paragraphs, sentences and tokens.
 */
import type { Span } from "../span.js";

export type Paragraph = Span;

export type Sentence = Span;

export interface Token extends Span {
  /** The whitespace after the token, so the text can be rebuilt exactly. */
  readonly ws: string;
}
