/**
 * @module
 * Direct and indirect speech with the speaker the attribution names.
 */
import type { Span } from "../span.js";

export interface SpeakerRef {
  /** The name as resolved (a canonical entity name where one is known). */
  readonly name: string;
  /** Where the attribution names the speaker, when it does in this article. */
  readonly start?: number;
  readonly end?: number;
  /** How the speaker was found: `attribution`, `pronoun`, `suffix`, `subject`, … */
  readonly via: string;
}

export interface Quote extends Span {
  readonly direct: boolean;
  readonly speaker: SpeakerRef | null;
  /** The reporting verb or cue ("kata", "said", "menurut"), when there is one. */
  readonly cue?: string;
}
