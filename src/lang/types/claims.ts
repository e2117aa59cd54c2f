/**
 * @module
 * Data for claim extraction and alignment.
 */
export interface ClaimData {
  /** Function words left out of keyword sets. */
  readonly stopWords: readonly string[];
  /** Words that mark a statement as hedged or speculative ("mungkin", "possible"). */
  readonly hedges: readonly string[];
}
