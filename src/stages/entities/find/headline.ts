/**
 * @module
 * Title-case lines (headlines, "Baca juga" links) where every word is capitalised, so
 * capitalisation says nothing about names there. Judged per line, since segmentation may join a
 * headline to the line after it.
 */

import { isCapitalised, isWord } from "../../../core/text/names.js";
import type { SentenceView } from "../candidate.js";

/** True when token `i` sits on a line without a closing period, of four or more words, mostly capitalised (function words such as "dan" stay lower-case). */
export function inHeadline(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  let from = i;
  while (from > 0 && !tokens[from - 1]!.ws.includes("\n")) from--;
  let to = i;
  while (to < tokens.length - 1 && !tokens[to]!.ws.includes("\n")) to++;
  // A line that ends as a sentence does is prose, however many names it holds.
  if (view.words[to] === ".") return false;
  const words = view.words.slice(from, to + 1).filter(isWord);
  if (words.length < 4) return false;
  return words.filter(isCapitalised).length / words.length >= 0.6;
}
