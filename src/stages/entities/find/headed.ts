/**
 * @module
 * Names built on a head noun: organisations ("Kementerian Luar Negeri Rusia", "Korean Central
 * News Agency"), events ("Forum Ekonomi Timur", "Eastern Economic Forum") and facilities whose
 * head translates ("Kosmodrom Vostochny" = "Vostochny Cosmodrome", the canonical). Inside such a
 * name listed words are allowed: the country in "Kantor Berita Pusat Korea Utara" belongs to it.
 */

import { isAllCaps, isCapitalised, isWord, tidy } from "../../../core/text/names.js";
import type { HeadNoun } from "../../../lang/types/entities.js";
import { type Candidate, type FindContext, phraseAt, type SentenceView, WEIGHT } from "../candidate.js";
import { sliceText } from "./titled.js";

const MAX_NAME = 6;

export function findHeaded(view: SentenceView, ctx: FindContext): Candidate[] {
  const out: Candidate[] = [];
  for (let h = 0; h < view.words.length; h++) {
    const heads = ctx.headIndex.get(view.lower[h]!);
    if (!heads || !isCapitalised(view.words[h]!)) continue;
    for (const head of heads) {
      const headWords = head.word.toLowerCase().split(/\s+/);
      if (!headWords.every((w, k) => view.lower[h + k] === w)) continue;
      const headEnd = h + headWords.length;
      const c = head.position === "before" ? after(view, headEnd, ctx) : before(view, h, ctx);
      if (!c) continue;
      const [i, j] = head.position === "before" ? [h, c] : [c, headEnd];
      const rest = head.position === "before" ? sliceText(view, headEnd, j) : sliceText(view, i, h);
      out.push({
        sentence: view.index,
        i,
        j,
        type: head.type,
        canonical: canonicalOf(head, tidy(rest), tidy(sliceText(view, i, j))),
        rule: `head-${head.type}`,
        weight: WEIGHT.head,
        listed: false,
      });
    }
  }
  return out;
}

function canonicalOf(head: HeadNoun, rest: string, surface: string): string {
  return head.canonicalHead ? `${rest} ${head.canonicalHead}` : surface;
}

/** End of the capitalised words after a head, or 0 when there are none. */
function after(view: SentenceView, from: number, ctx: FindContext): number {
  let j = from;
  while (j < view.words.length && j - from < MAX_NAME) {
    // A title inside the run starts a person ("Partai Golkar … Presiden SBY"), not more name.
    if (j > from && phraseAt(ctx.titles, view.lower, j) > 0) break;
    // An acronym after a spelled-out name is another organisation ("Badan Pemenangan Pemilu
    // PPP" is the PPP's election body), unless it is a committee's number ("Komisi III").
    const acronym = isAllCaps(view.words[j]!) && !/^[IVX]+$/.test(view.words[j]!);
    if (j - from >= 2 && acronym && !isAllCaps(view.words[j - 1]!) && !branchEnds(view, from, j, ctx)) break;
    if (nameWord(view.words[j]!)) j += 1;
    else if (
      ctx.connectors.has(view.lower[j]!) &&
      nameWord(view.words[j + 1] ?? "") &&
      phraseAt(ctx.titles, view.lower, j + 1) === 0
    )
      j += 2;
    else break;
  }
  return j > from ? j : 0;
}

/** Start of the capitalised words before a head, or -1 when there are none. */
function before(view: SentenceView, to: number, ctx: FindContext): number | undefined {
  let i = to;
  while (i > 0 && to - i < MAX_NAME) {
    const w = view.words[i - 1]!;
    if (nameWord(w) && !ctx.nonNames.has(w)) i -= 1;
    else if (ctx.connectors.has(view.lower[i - 1]!) && i > 1 && nameWord(view.words[i - 2]!)) i -= 2;
    else break;
  }
  return i < to ? i : undefined;
}

/** True when a branch phrase ("Dewan Perwakilan Daerah") covers the run up to `j`: the branch of the acronym after it. */
function branchEnds(view: SentenceView, from: number, j: number, ctx: FindContext): boolean {
  for (let s = Math.max(0, from - 3); s < from; s++)
    if (s + phraseAt(ctx.branchOffices, view.lower, s) === j) return true;
  return false;
}

function nameWord(w: string): boolean {
  return isCapitalised(w) && (isWord(w) || /^\p{N}/u.test(w));
}
