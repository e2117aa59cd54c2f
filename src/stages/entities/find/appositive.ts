/**
 * @module
 * People named before an appositive role ("Du Hyeong Cha, seorang analis", "Kim Taewoo, mantan
 * kepala …", "John Smith, a professor") and after a reporting verb ("kata Kim Taewoo", "said John
 * Smith"). A name after a reporting verb needs two words: a lone capitalised word there is as
 * often a place standing for its government ("kata Seoul").
 */

import { tidy } from "../../../core/text/names.js";
import {
  type Candidate,
  type FindContext,
  insideTitle,
  phraseAt,
  type SentenceView,
  WEIGHT,
} from "../candidate.js";
import { inHeadline } from "./headline.js";
import { nameRunBefore, nameRunFrom } from "./name-run.js";
import { sentenceTags } from "./tagged.js";
import { sliceText } from "./titled.js";

export function findAppositive(view: SentenceView, ctx: FindContext): Candidate[] {
  const out: Candidate[] = [];
  const { words, lower } = view;
  for (let c = 1; c < words.length - 1; c++) {
    if (words[c] !== ",") continue;
    let k = c + 1;
    while (k < words.length && ctx.appositiveOpeners.has(lower[k]!)) k += 1;
    const len = phraseAt(ctx.titles, lower, k);
    if (len === 0) continue;
    // ", Wakil Presiden Suriah Faruq El-Shara": a capitalised title with a name after it opens
    // the next person's mention; it is no role of the words before the comma ("Kairo").
    if (k === c + 1 && /^\p{Lu}/u.test(words[k]!) && personAfter(view, k + len, ctx)) continue;
    const start = nameRunBefore(view, c, ctx);
    if (start === c || inHeadline(view, start) || insideTitle(view, start, ctx)) continue;
    // "…, Menteri BUMN Erick Thohir, Menteri …": a titled name is the title finder's.
    if (
      phraseAt(ctx.titles, view.lower, start - 1) === 1 ||
      phraseAt(ctx.titles, view.lower, start - 2) === 2
    )
      continue;
    // A lone word opening the sentence ("Dilaporkan, pemimpin …") is not a name.
    if (c - start === 1 && (start === 0 || !/^[\p{L}\p{N}]/u.test(view.words[start - 1]!))) continue;
    out.push({
      sentence: view.index,
      i: start,
      j: c,
      type: "person",
      canonical: tidy(sliceText(view, start, c)),
      role: tidy(sliceText(view, k, k + len)),
      rule: "appositive",
      weight: WEIGHT.appositive,
      listed: false,
    });
  }
  for (let v = 0; v < words.length - 1; v++) {
    if (!ctx.speechCues.has(lower[v]!)) continue;
    // "kata Plh Kepala Pusat Data, Informasi …": a title after the cue is the title finder's.
    if (phraseAt(ctx.titles, lower, v + 1) > 0) continue;
    const end = nameRunFrom(view, v + 1, ctx);
    if (end - (v + 1) < 2 || inHeadline(view, v)) continue;
    out.push({
      sentence: view.index,
      i: v + 1,
      j: end,
      type: "person",
      canonical: tidy(sliceText(view, v + 1, end)),
      rule: "speech-cue",
      weight: WEIGHT.speech,
      listed: false,
    });
  }
  return out;
}

/** True when the tagger reads a person within the few words from `from` (a titled name follows). */
function personAfter(view: SentenceView, from: number, ctx: FindContext): boolean {
  const tags = sentenceTags(view, ctx);
  for (let k = from; k < Math.min(tags.length, from + 4); k++) {
    if (tags[k]!.endsWith("person")) return true;
    if (view.words[k] === ",") return false;
  }
  return false;
}
