/**
 * @module
 * Speech cues of a language.
 */
export interface QuoteData {
  /** Reporting verbs and attribution words ("kata", "mengatakan", "said", "according to"). */
  readonly reportingVerbs: readonly string[];
  /** Pronouns that can stand for a speaker ("dia", "ia", "he", "she"). */
  readonly pronouns: readonly string[];
}
