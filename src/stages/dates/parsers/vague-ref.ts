/**
 * @module
 * References to the present, past or future without a point: "saat ini", "kini", "saat itu",
 * "nanti", "now", "currently", "at the time", "the past", "the future" → TIMEX3 PRESENT_REF,
 * PAST_REF, FUTURE_REF (TimeML tags them; a timeline ignores them, since they name no day).
 * "nanti malam" is tonight, not the future at large: a part of the day after the word refuses it.
 */
import type { Parser } from "chrono-node";
import type { Vocab } from "../vocab.js";
import { alt } from "../vocab.js";
import { kabarResult, wordParser } from "./shared.js";

export function vagueRefParser(v: Vocab, lang: string): Parser | null {
  const table = new Map(Object.entries(v.data.vagueRefs).map(([k, val]) => [k.toLowerCase(), val]));
  if (table.size === 0) return null;
  const pattern = new RegExp(`(?:${alt([...table.keys()])})`, "i");
  const dayPartAfter = new RegExp(`^\\s+(?:${v.dayPart}|${v.unit})(?![\\p{L}])`, "iu");
  // "the time it takes", "the past three weeks": a length or clause follows, not a reference.
  const lengthAfter = new RegExp(`^\\s+(?:\\d|${v.number}\\s|${v.unit}|(?:it|she|he|they|we)\\s)`, "iu");
  return wordParser(pattern, (ctx, m, start, end) => {
    const value = table.get(m[0].toLowerCase().replace(/\s+/g, " "));
    if (!value) return null;
    const after = ctx.text.slice(end, end + 25);
    if (dayPartAfter.test(after) || (/\s/.test(m[0]) && lengthAfter.test(after))) return null;
    return kabarResult(ctx, start, end, {}, `${lang}-vague-ref`, [`value:${value}`]);
  });
}
