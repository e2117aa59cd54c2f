/**
 * @module
 * What a language adds to full-text search. The index itself is language-blind (one FTS5 table,
 * one tsvector, with English Porter/Snowball stemming in the tokenizer for every text); a pack
 * whose inflections the tokenizer cannot undo gives a stemmer, and the store indexes every
 * candidate it returns for every word in a column of its own, so a query word matches any of its
 * own candidates there ("bertemu" finds "pertemuan").
 */
export interface SearchData {
  /** Every plausible stem of a lower-case word, the word itself first; deterministic. */
  readonly stems?: (word: string) => readonly string[];
}
