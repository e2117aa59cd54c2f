/**
 * @module
 * Listed names: every lexicon match in a sentence (known names, countries, cities), longest
 * first, so "Korea Utara" is one place and not "Korea" plus a stray word.
 */

import { isCapitalised, isWord } from "../../../core/text/names.js";
import { type Candidate, type FindContext, phraseAt, type SentenceView } from "../candidate.js";
import type { LexiconMatch } from "../lexicon.js";

export function findListed(view: SentenceView, ctx: FindContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < view.words.length; i++) {
    const m = listedAt(view, i, ctx);
    if (!m) continue;
    const { entry } = m;
    out.push({
      sentence: view.index,
      i,
      j: i + m.length,
      type: entry.type,
      canonical: entry.canonical,
      rule: entry.rule,
      weight: entry.weight,
      listed: true,
    });
    i += m.length - 1;
  }
  return out;
}

/** The listed name starting at token `i`, unless it is a one-word city inside a person's name. */
export function listedAt(view: SentenceView, i: number, ctx: FindContext): LexiconMatch | undefined {
  const m = ctx.lexicon.matchAt(view.words, view.lower, i);
  if (m && m.entry.rule === "gazetteer-city" && m.length === 1 && insideName(view, i, ctx)) return undefined;
  return m;
}

/**
 * A one-word city with an unlisted capitalised word right after it, or a capitalised non-title
 * word right before it, is part of a person's name ("Vladimir Putin", "Michael Jackson").
 */
function insideName(view: SentenceView, i: number, ctx: FindContext): boolean {
  const next = view.words[i + 1];
  if (next && isCapitalised(next) && isWord(next) && !ctx.lexicon.matchAt(view.words, view.lower, i + 1))
    return true;
  const prev = view.words[i - 1];
  if (!prev || i - 1 === 0 || !isCapitalised(prev) || !isWord(prev)) return false;
  return (
    !ctx.nonNames.has(prev) &&
    phraseAt(ctx.titles, view.lower, i - 1) === 0 &&
    !ctx.lexicon.matchAt(view.words, view.lower, i - 1)
  );
}
