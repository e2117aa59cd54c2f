/**
 * @module
 * Entity cues of a language: titles and roles printed before names.
 */
export interface EntityData {
  /** Titles and roles that precede a person's name ("Presiden", "juru bicara", "President"). */
  readonly titles: readonly string[];
}
