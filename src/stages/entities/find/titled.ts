/**
 * @module
 * People named after a title or role: "Presiden Vladimir Putin", "juru bicara Kremlin Dmitry
 * Peskov", "mantan Presiden AS, Donald Trump", "Foreign Minister Sergei Lavrov". Between the title
 * and the name the finder steps over what belongs to the role: further titles ("Presiden
 * Direktur"), listed names ("Rusia", "Departemen Luar Negeri"), an organisation the tagger found
 * ("Direktur Utama Telkomsel Hendri Mulya Syam"), a bracketed short form ("(Deplu)"), a comma,
 * and a few lower-case words only when a comma closes them ("saat itu,"). The role is recorded as
 * printed.
 */

import { isAllCaps, isCapitalised, tidy } from "../../../core/text/names.js";
import { type Candidate, type FindContext, phraseAt, type SentenceView, WEIGHT } from "../candidate.js";
import { inHeadline } from "./headline.js";
import { listedAt } from "./listed.js";
import { nameRunFrom } from "./name-run.js";
import { sentenceTags } from "./tagged.js";

const MAX_GAP = 8;

export function findTitled(view: SentenceView, ctx: FindContext): Candidate[] {
  const out: Candidate[] = [];
  const { words, lower } = view;
  for (let i = 0; i < words.length; i++) {
    const len = phraseAt(ctx.titles, lower, i);
    if (len === 0) continue;
    let k = i + len;
    let roleEnd = k;
    const limit = Math.min(words.length, k + MAX_GAP);
    while (k < limit) {
      const title = phraseAt(ctx.titles, lower, k);
      if (title > 0) {
        k += title;
        roleEnd = k;
        continue;
      }
      const organisation = taggedOrganisationAt(view, k, ctx);
      if (organisation > k && organisation < words.length && isCapitalised(words[organisation]!)) {
        k = organisation;
        roleEnd = k;
        continue;
      }
      const listed = listedAt(view, k, ctx);
      if (listed) {
        k += listed.length;
        roleEnd = k;
        continue;
      }
      // "Menko Perekonomian Boediono": the office's field belongs to the role.
      if ((ctx.officeWord.test(words[k]!) && isCapitalised(words[k]!)) || officeAcronym(view, k, ctx)) {
        k += 1;
        roleEnd = k;
        continue;
      }
      if (words[k] === "(") {
        const close = words.indexOf(")", k);
        if (close < 0 || close - k > 5) break;
        k = close + 1;
        roleEnd = k;
        continue;
      }
      if (words[k] === ",") {
        k += 1;
        continue;
      }
      // Lower-case words ("saat itu") only when a comma right after them leads to the name.
      const comma = words.indexOf(",", k);
      if (!isCapitalised(words[k]!) && comma > k && comma - k <= 2 && isCapitalised(words[comma + 1] ?? "")) {
        k = comma;
        roleEnd = comma;
        continue;
      }
      break;
    }
    const end = nameRunFrom(view, k, ctx);
    if (end === k || inHeadline(view, k)) continue;
    // What follows a title is often the office's field ("Menko Polhukam", "Menteri Tenaga Kerja",
    // "Jaksa Agung Muda Pidana Umum"), not a name: keep the run only when the tagger reads some of
    // it as a person.
    if (
      !sentenceTags(view, ctx)
        .slice(k, end)
        .some((t) => t.endsWith("person"))
    )
      continue;
    // "Menteri Perdagangan Internasional dan Industri": one word joined by "dan" is an office.
    if (end - k === 1 && ctx.connectors.has(lower[end] ?? "")) continue;
    const role = tidy(sliceText(view, i, roleEnd));
    out.push({
      sentence: view.index,
      i: k,
      j: end,
      type: "person",
      canonical: tidy(sliceText(view, k, end)),
      role,
      rule: "title-cue",
      weight: WEIGHT.title,
      listed: false,
    });
    i = end - 1;
  }
  return out;
}

/** The text of tokens `[i, j)` as printed (inner whitespace kept). */
export function sliceText(view: SentenceView, i: number, j: number): string {
  let s = "";
  for (let k = i; k < j; k++) s += view.tokens[k]!.text + (k < j - 1 ? view.tokens[k]!.ws : "");
  return s;
}

/** "Menteri BUMN Erick Thohir": an unlisted acronym between a title and a name names the office. */
function officeAcronym(view: SentenceView, k: number, ctx: FindContext): boolean {
  const w = view.words[k]!;
  return isAllCaps(w) && w.length >= 3 && isCapitalised(view.words[k + 1] ?? "") && !listedAt(view, k, ctx);
}

/**
 * The end of an organisation the tagger found starting at token `k` (`k` when none does). Only
 * when a capitalised word follows it, so the name after the role is still there to find.
 */
function taggedOrganisationAt(view: SentenceView, k: number, ctx: FindContext): number {
  const tags = sentenceTags(view, ctx);
  if (tags[k] !== "B-organization") return k;
  let end = k + 1;
  while (tags[end] === "I-organization") end++;
  return end;
}
