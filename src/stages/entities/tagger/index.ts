/**
 * @module
 * The trained sequence tagger's public face: BIO tags for a sentence's tokens. (Placeholder that
 * tags nothing until the trained model lands.)
 */
import type { EntityType } from "../../../core/doc/layers/index.js";

/** A BIO tag over the project's entity types: "O", "B-person", "I-place", … */
export type EntityTag = "O" | `B-${EntityType}` | `I-${EntityType}`;

/** Tags the tokens of one sentence. `language` is a BCP 47 code; unknown languages use English. */
export function tagTokens(tokens: readonly string[], _language: string | null): EntityTag[] {
  return tokens.map(() => "O");
}
