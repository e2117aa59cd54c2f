/**
 * @module
 * Refiner 3: a part of the day right after a date belongs to it: "(11/9/2023) malam", "12
 * September pagi", "Sept. 11 night". The value keeps day precision (a part of the day is not a
 * clock time); the parenthesised form takes its parentheses along so the extent stays balanced.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import type { Vocab } from "../vocab.js";

export function extendDayPartRefiner(v: Vocab): Refiner {
  const after = new RegExp(`^(\\)?)\\s+(?:${v.dayPart})(?![\\p{L}])`, "iu");
  return {
    refine: (ctx: ParsingContext, results: ParsingResult[]) =>
      results.map((r) => {
        if (!r.start.isCertain("day") || r.start.isCertain("hour")) return r;
        const end = r.index + r.text.length;
        const m = after.exec(ctx.text.slice(end, end + 20));
        if (!m) return r;
        const opened = m[1] ? ctx.text.lastIndexOf("(", r.index) : -1;
        if (m[1] && (opened < 0 || ctx.text.slice(opened + 1, r.index).trim() !== "")) return r;
        const out = r.clone();
        out.addTags(r.tags());
        out.index = m[1] ? opened : r.index;
        out.text = ctx.text.slice(out.index, end + m[0].length);
        out.addTag("kabar/daypart");
        return out;
      }),
  };
}
