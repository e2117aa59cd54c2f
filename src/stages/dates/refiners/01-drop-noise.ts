/**
 * @module
 * Refiner 1: drops chrono matches that are not dates in news text: a month name with neither a
 * year nor a cue before it ("Mei mengatakan" is a person), a lone part of the day ("sore", "di
 * siang hari"), a yearless numeric day/month ("12/11") outside parentheses (scores and ratios look
 * the same), a "clock time" without any clock marker ("15%", "5 hingga 3"), a present reference
 * ("sekarang", "now"), anything inside a URL, the pack's phrases that only look like dates ("my
 * last day"), and a relative date that the text marks as a length ("tiga hari ke depan",
 * "17 hours after"), so the duration parser's reading stands.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { isKabar } from "../parsers/shared.js";
import type { Vocab } from "../vocab.js";
import { alt } from "../vocab.js";

/** True when `[start, end)` lies inside a URL or path ("…/image/2005.09/2005…"). */
function insideUrl(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/\s/.test(text.charAt(from - 1))) from -= 1;
  let to = end;
  while (to < text.length && !/\s/.test(text.charAt(to))) to += 1;
  return /:\/\/|www\.|\.(?:html?|php|jpe?g|png)\b/i.test(text.slice(from, to));
}

export function dropNoiseRefiner(v: Vocab): Refiner {
  const cueBefore = new RegExp(
    `(?:^|[^\\p{L}])(?:${v.yearCue}|${v.preposition}|${v.last}|${v.next}|${v.thisWord})[\\s-]+$`,
    "iu",
  );
  const dayPartOnly = new RegExp(
    `^(?:\\p{L}{1,4}\\s+)?(?:${v.dayPart})(?:\\s+(?:${v.dayNoun}|harinya|day))?$`,
    "iu",
  );
  const numericNoYear = /^\d{1,2}\s*[/.-]\s*\d{1,2}$/;
  const clock = new RegExp(
    `\\d{1,2}:\\d{2}|\\d\\s*[ap]\\.?\\s?m\\b|\\b(?:noon|midnight|pukul|jam)\\b|(?:^|\\s)(?:${v.zone})\\b`,
    "iu",
  );
  const signalEnd = new RegExp(`(?:^|\\s)(?:${alt(v.data.durationSignals)})$`, "iu");
  const notDates = new Set(v.data.notDates.map((p) => p.toLowerCase()));
  const keep = (ctx: ParsingContext, r: ParsingResult): boolean => {
    if (!r.start.isValidDate() || insideUrl(ctx.text, r.index, r.index + r.text.length)) return false;
    if (isKabar(r)) return true;
    if (notDates.has(r.text.trim().toLowerCase().replace(/\s+/g, " "))) return false;
    const s = r.start;
    const text = r.text.trim();
    if (/^\d+$/.test(text) || r.tags().has("casualReference/now") || dayPartOnly.test(text)) return false;
    if (r.tags().has("result/relativeDate") && signalEnd.test(text)) return false;
    const before = ctx.text.slice(Math.max(0, r.index - 30), r.index);
    if (s.isCertain("hour") && !s.isCertain("day") && !s.isCertain("weekday")) {
      const around = `${before.slice(-8)}${text}${ctx.text.slice(r.index + r.text.length, r.index + r.text.length + 5)}`;
      if (!clock.test(around) || /^\s*(?:%|persen|percent)/iu.test(ctx.text.slice(r.index + r.text.length)))
        return false;
    }
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
