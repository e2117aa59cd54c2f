/**
 * @module
 * Places named by the words around them: after a place cue ("wilayah Amur", "the city of
 * Kherson") and, weakest of all, a lone unlisted name after a preposition of location ("tiba di
 * Khasan", "in Khasan"). A name followed by a possessive ("in Trump's") is not a place.
 */

import { tidy } from "../../../core/text/names.js";
import { type Candidate, type FindContext, type SentenceView, WEIGHT } from "../candidate.js";
import { nameRunFrom } from "./name-run.js";
import { sliceText } from "./titled.js";

export function findPlaced(view: SentenceView, ctx: FindContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower } = view;
  for (let i = 0; i < lower.length - 1; i++) {
    let k = -1;
    let weight: number = WEIGHT.locative;
    let rule = "locative";
    for (const cue of ctx.placeCues) {
      if (cue.every((w, n) => lower[i + n] === w)) {
        k = i + cue.length;
        weight = WEIGHT.placeCue;
        rule = "place-cue";
        break;
      }
    }
    if (k < 0 && ctx.locatives.has(lower[i]!)) k = i + 1;
    if (k < 0) continue;
    const end = nameRunFrom(view, k, ctx);
    if (end === k || end - k > 3) continue;
    if (/['’]s?$/.test(view.words[end - 1]!) || /^['’]/.test(view.words[end] ?? "")) continue;
    out.push({
      sentence: view.index,
      i: k,
      j: end,
      type: "place",
      canonical: tidy(sliceText(view, k, end)),
      rule,
      weight,
      listed: false,
    });
  }
  return out;
}
