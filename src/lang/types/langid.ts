/**
 * @module
 * Words that identify a language in running text: its most frequent function words or, for a
 * close sibling of another pack's language, the spellings that set it apart from that language
 * (Malay "kerana", "bahawa", "wang" against Indonesian "karena", "bahwa", "uang").
 */
export interface LangidData {
  /** Function words, or with `siblingOf` the sibling's own spellings. */
  readonly markers: readonly string[];
  /**
   * The pack code of the language this one is a sibling of. The sibling does not vote on its
   * own: text its parent wins is this language when enough of the markers occur.
   */
  readonly siblingOf?: string;
}
