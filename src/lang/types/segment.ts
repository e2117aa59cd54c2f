/**
 * @module
 * Data for sentence segmentation repairs.
 */
export interface SegmentData {
  /** Abbreviations after which a period does not end a sentence ("Jl", "Dr", "Mr", "Sept"). */
  readonly abbreviations: readonly string[];
  /** Abbreviations that still end a sentence when they close it ("AS", "U.S."). */
  readonly sentenceFinalAbbreviations: readonly string[];
}
