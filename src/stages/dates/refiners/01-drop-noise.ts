/**
 * @module
 * Refiner 1: drops chrono matches that are not dates in news text: a month name with neither a
 * year nor a cue before it ("Mei mengatakan" is a person), a lone part of the day ("sore"), and a
 * yearless numeric day/month ("12/11") that is neither in parentheses nor after a date word
 * (scores and ratios look the same).
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isKabar } from "../parsers/shared.js";
import type { Vocab } from "../vocab.js";

export function dropNoiseRefiner(v: Vocab): Refiner {
  const cueBefore = new RegExp(
    `(?:^|[^\\p{L}])(?:${v.yearCue}|${v.preposition}|${v.last}|${v.next}|${v.thisWord})[\\s-]+$`,
    "iu",
  );
  const dayPartOnly = new RegExp(`^(?:${v.dayPart})$`, "iu");
  const numericNoYear = /^\d{1,2}\s*[/.-]\s*\d{1,2}$/;
  const keep = (ctx: ParsingContext, r: ParsingResult): boolean => {
    if (!r.start.isValidDate()) return false;
    if (isKabar(r)) return true;
    // "sekarang", "now": a present reference, not a point the timeline can use.
    if (r.tags().has("casualReference/now")) return false;
    const s = r.start;
    if (/^\d+$/.test(r.text.trim())) return false;
    const before = ctx.text.slice(Math.max(0, r.index - 30), r.index);
    const text = r.text.trim();
    if (dayPartOnly.test(text)) return false;
    if (s.isCertain("month") && !s.isCertain("day") && !s.isCertain("year") && !cueBefore.test(before))
      return false;
    if (numericNoYear.test(text)) {
      const inParens = /\(\s*$/.test(before) && /^\s*\)/.test(ctx.text.slice(r.index + r.text.length));
      if (!inParens && !/(?:tanggal|tgl\.?|date)\s*$/iu.test(before)) return false;
    }
    return true;
  };
  return { refine: (ctx, results) => results.filter((r) => keep(ctx, r)) };
}
