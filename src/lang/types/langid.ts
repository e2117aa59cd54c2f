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
   * own: text its parent wins is this language when the sibling's spellings outweigh the
   * parent's `distinct` ones.
   */
  readonly siblingOf?: string;
  /**
   * For a language that has siblings: its common spellings that the siblings write otherwise
   * (Indonesian "karena", "polisi", "korban" where Malay writes "kerana", "polis", "mangsa").
   * They are the evidence against a sibling, so a sibling's spelling that this language also
   * uses now and then ("kerajaan", a kingdom) does not turn a whole article into the sibling.
   */
  readonly distinct?: readonly string[];
}
