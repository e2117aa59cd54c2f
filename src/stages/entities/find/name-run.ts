/**
 * @module
 * Runs of capitalised words that can be a name ("Du Hyeong Cha", "Abu Bakar bin Ali"), the common
 * ground of every cue-based finder. A run never starts on a word that is not a name by itself
 * ("Namun", "The", a weekday) and never swallows a listed name (a country after a person's name
 * is a separate mention).
 */

import { isCapitalised, isWord } from "../../../core/text/names.js";
import { type FindContext, opensSentence, type SentenceView } from "../candidate.js";
import { listedAt } from "./listed.js";

const MAX_RUN = 5;

/** The end (exclusive) of the name run starting at token `i`, or `i` when none starts there. */
export function nameRunFrom(view: SentenceView, i: number, ctx: FindContext): number {
  const { words, lower } = view;
  if (!startsName(view, i, ctx)) return i;
  let j = i + 1;
  while (j < words.length && j - i < MAX_RUN) {
    const w = words[j]!;
    if (isCapitalised(w) && isWord(w) && !listedAt(view, j, ctx) && !ctx.officeWord.test(w)) {
      j += 1;
      continue;
    }
    // A particle inside a name ("bin", "van der") only when a capitalised word follows it.
    if (ctx.particles.has(lower[j]!) && j + 1 < words.length && isCapitalised(words[j + 1]!)) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** The start of the name run that ends (exclusive) at token `end`, walking back. */
export function nameRunBefore(view: SentenceView, end: number, ctx: FindContext): number {
  const { words } = view;
  let i = end;
  while (i > 0 && end - i < MAX_RUN) {
    const w = words[i - 1]!;
    if (!isCapitalised(w) || !isWord(w) || listedAt(view, i - 1, ctx)) break;
    i -= 1;
  }
  while (i < end && !startsName(view, i, ctx)) i += 1;
  return i;
}

function startsName(view: SentenceView, i: number, ctx: FindContext): boolean {
  const w = view.words[i];
  if (w === undefined || !isCapitalised(w) || !isWord(w)) return false;
  if (ctx.nonNames.has(w) || ctx.nonNames.has(capitalise(view.lower[i]!))) return false;
  if (ctx.officeWord.test(w)) return false;
  if (ctx.openers.has(capitalise(view.lower[i]!)) && opensSentence(view, i)) return false;
  if (listedAt(view, i, ctx)) return false;
  // "Institut …", "Kementerian …" open an organisation's name, not a person's.
  return !ctx.headIndex.get(view.lower[i]!)?.some((h) => h.position === "before");
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
