/**
 * @module
 * Offices and branches are not part of the organisation they belong to: "Komisi III DPR RI" is a
 * committee of "DPR RI", "DPD Partai Demokrat Bali" the Bali branch of "Partai Demokrat", "Dewan
 * Pimpinan Pusat Partai Golkar" its central board. A name that opens with a branch or office
 * phrase of the pack (`branchOffices`, or a numbered `committees` word) keeps only the organisation after it, without the region
 * that names the branch; a committee alone ("Komisi VII") names an office, so no entity. A branch
 * phrase that is the whole name stays ("Dewan Perwakilan Daerah" is also the regional senate).
 */

import { tidy } from "../../../core/text/names.js";
import { phraseAt, type SentenceView, type TitleIndex } from "../candidate.js";
import { sliceText } from "../find/titled.js";
import type { Lexicon } from "../lexicon.js";
import type { Refiner } from "./env.js";

/** Roman numerals of committees ("Komisi III", "Komisi XI"). */
const NUMBERED = /^(?:[IVX]+|\d+)$/;

export const stripBranches: Refiner = (candidates, env) =>
  candidates.flatMap((c) => {
    if (c.type !== "organization" || c.listed) return [c];
    const view = env.views[c.sentence]!;
    let i = c.i;
    for (let len = phraseAt(env.ctx.branchOffices, view.lower, i); len > 0; ) {
      i += len;
      len = phraseAt(env.ctx.branchOffices, view.lower, i);
    }
    const numbered = env.ctx.committees.has(view.lower[i] ?? "") && NUMBERED.test(view.words[i + 1] ?? "");
    if (numbered) i += 2;
    if (i === c.i) {
      // "DPD Nasdem Sumenep" where the branch word stands outside the name: still no region.
      if (!branchBefore(view, c.i, env.ctx.branchOffices)) return [c];
      const j = withoutRegion(view, i, c.j, env.ctx.lexicon);
      return j === c.j ? [c] : [{ ...c, j, canonical: tidy(sliceText(view, i, j)) }];
    }
    if (i >= c.j) return numbered ? [] : [c];
    // A committee belongs to the whole body ("Komisi III DPR RI" → "DPR RI"); a branch is named
    // by its region, which is no part of the party's name.
    const j = numbered ? c.j : withoutRegion(view, i, c.j, env.ctx.lexicon);
    const listed = env.ctx.lexicon.matchAt(view.words, view.lower, i);
    const canonical =
      listed && listed.length === j - i ? listed.entry.canonical : tidy(sliceText(view, i, j));
    return [{ ...c, i, j, canonical }];
  });

/** True when a branch phrase ends right before token `i`. */
function branchBefore(view: SentenceView, i: number, branches: TitleIndex): boolean {
  for (let s = Math.max(0, i - 4); s < i; s++) if (s + phraseAt(branches, view.lower, s) === i) return true;
  return false;
}

/**
 * End of the organisation's own name, before a listed place that names its branch; the place
 * may be followed by one stray word the name run took ("Partai Demokrat Bali I Made …").
 */
function withoutRegion(view: SentenceView, i: number, j: number, lexicon: Lexicon): number {
  // A listed name that runs to the end ("DPR RI") keeps its last word.
  const whole = lexicon.matchAt(view.words, view.lower, i);
  if (whole && i + whole.length >= j) return j;
  for (let k = i + 1; k < j; k++) {
    const m = lexicon.matchAt(view.words, view.lower, k);
    if (m && m.entry.type === "place" && k + m.length >= j - 1) return k;
  }
  return j;
}
