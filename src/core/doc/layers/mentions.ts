/**
 * @module
 * Entity mentions found in one article, before they are resolved into story-wide entities.
 */
import type { Span } from "../span.js";

export type EntityType = "person" | "organization" | "place" | "event" | "other";

export interface Mention extends Span {
  readonly type: EntityType;
  /**
   * The canonical name the mention resolves to inside its article (e.g. "Moskwa" → "Moscow",
   * "Putin" → "Vladimir Putin"); story-wide resolution may merge further.
   */
  readonly canonical: string;
  /** A title or role printed before the name ("Presiden", "juru bicara"), when there is one. */
  readonly role?: string;
  /** Confidence in [0, 1] where the finder has one. */
  readonly score?: number;
}
