/**
 * @module
 * Words that identify a language in running text: its most frequent function words, and for a
 * close sibling without a pack of its own, the spellings that set the sibling apart (Malay
 * "kerana", "bahawa", "wang" against Indonesian "karena", "bahwa", "uang").
 */
export interface LangidData {
  readonly markers: readonly string[];
  readonly siblings?: readonly { readonly code: string; readonly markers: readonly string[] }[];
}
