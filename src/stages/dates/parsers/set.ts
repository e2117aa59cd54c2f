/**
 * @module
 * Recurrences as TIMEX3 sets: "setiap tahun" / "every year" → P1Y, "tiap Senin" / "every Monday"
 * → XXXX-WXX-1, "annually", "weekly" → their period. The value is fixed: a set has no anchor.
 */
import type { Parser } from "chrono-node";
import type { Vocab } from "../vocab.js";
import { alt } from "../vocab.js";
import { kabarResult, wordParser } from "./shared.js";

/** The unit's TIMEX3 period: one of it ("P1Y", "PT1H"). */
function periodOf(unit: string): string {
  if (unit === "H") return "PT1H";
  if (unit === "N") return "PT1M";
  if (unit === "S") return "PT1S";
  if (unit === "DE") return "P10Y";
  return `P1${unit}`;
}

export function setParser(v: Vocab, lang: string): Parser | null {
  if (v.data.setWords.length === 0) return null;
  const pattern = new RegExp(
    `(?:${alt(v.data.setWords)})\\s+(?:(${v.weekday})|(${v.unit}))(?![\\p{L}\\p{N}-])`,
    "iu",
  );
  return wordParser(pattern, (ctx, m, start, end) => {
    // "setiap minggu" is every week: a weekday that is also a noun counts only capitalised.
    const ambiguous =
      m[1] && v.data.ambiguousWeekdays.includes(m[1].toLowerCase()) && m[1][0] !== m[1][0]!.toUpperCase();
    if (m[1] && !ambiguous) {
      const wd = v.weekdayIndex.get(m[1].toLowerCase().replace("'", ""));
      if (wd === undefined) return null;
      // TIMEX3 numbers weekdays from Monday = 1 to Sunday = 7.
      const value = `XXXX-WXX-${wd === 0 ? 7 : wd}`;
      return kabarResult(ctx, start, end, {}, `${lang}-set`, [`value:${value}`, "kind:set"]);
    }
    const unit = v.data.units[(m[2] ?? m[1])!.toLowerCase()];
    if (!unit) return null;
    return kabarResult(ctx, start, end, {}, `${lang}-set`, [`value:${periodOf(unit)}`, "kind:set"]);
  });
}

export function setAdverbParser(v: Vocab, lang: string): Parser | null {
  const table = new Map(Object.entries(v.data.setAdverbs).map(([k, val]) => [k.toLowerCase(), val]));
  if (table.size === 0) return null;
  const pattern = new RegExp(`(?:${alt([...table.keys()])})`, "i");
  return wordParser(pattern, (ctx, m, start, end) => {
    const value = table.get(m[0].toLowerCase().replace(/\s+/g, " "));
    if (!value) return null;
    // "the Daily Journal": a capital followed by a capitalised word is a name.
    if (/^\p{Lu}/u.test(m[0]) && /^\s+\p{Lu}/u.test(ctx.text.slice(end, end + 3))) return null;
    return kabarResult(ctx, start, end, {}, `${lang}-set`, [`value:${value}`, "kind:set"]);
  });
}
