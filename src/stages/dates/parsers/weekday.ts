/**
 * @module
 * Weekdays, the backbone of news dating: "Selasa (12/9/2023)" and "Rabu (13/09)" as ONE date,
 * "hari Minggu (10/09)", "Minggu sore", "Rabu pagi", "Senin lalu", "last Monday", "Tuesday night".
 * A weekday without a date is left for resolution against the reference time (see resolve.ts):
 * the parser only records the weekday, its modifier direction and whether a day part followed.
 * "Minggu" is also the word for week, so it is taken only with "hari", a date, a day part, or
 * capitalised without a modifier ("Minggu lalu" stays a week).
 */
import type { Parser } from "chrono-node";
import type { Vocab } from "../vocab.js";
import { directionOf, fullYear, kabarResult, wordParser } from "./shared.js";

const G = {
  wd: 1,
  part1: 2,
  pd: 3,
  pm: 4,
  py: 5,
  cd: 6,
  cm: 7,
  cy: 8,
  part2: 9,
  mod2: 10,
  qd: 11,
  qm: 12,
  qy: 13,
};

export function weekdayParser(v: Vocab, lang: string): Parser {
  const mod = `${v.last}|${v.next}|${v.thisWord}`;
  const numericInParens = String.raw`\s*\(\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2,4}))?\s*\)`;
  const numericAfterComma = String.raw`\s*,\s*(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{2,4})`;
  // The pattern starts at the weekday name (fast to scan for); a day noun or a leading modifier
  // before it is picked up in extract by looking back.
  const source = [
    `(${v.weekday})`,
    `(?:\\s+(${v.dayPart}))?`,
    `(?:${numericInParens}|${numericAfterComma})?`,
    `(?:\\s+(${v.dayPart}))?`,
    v.data.modifierFirst ? "()" : `(?:\\s+(?:(?:${v.week})\\s+)?(${mod}))?`,
    // "hari Minggu mendatang (9/2)": the date may follow the modifier.
    `(?:${numericInParens})?`,
  ].join("");
  const nounBefore = new RegExp(`(?:^|[^\\p{L}])(${v.dayNoun})\\s+$`, "iu");
  const modBefore = new RegExp(`(?:^|[^\\p{L}])(${mod})\\s+$`, "iu");
  // No "u" flag: the pattern is plain ASCII and case-insensitive unicode matching is much slower.
  const pattern = new RegExp(source, "i");
  const ambiguous = new Set(v.data.ambiguousWeekdays);
  const dayNouns = new Set([...v.data.dayNouns, ...v.data.prepositions, ...v.data.yearCues]);
  const direction = directionOf(v);
  return wordParser(pattern, (ctx, m, at, end) => {
    let start = at;
    const word = m[G.wd]!;
    const lookback = ctx.text.slice(Math.max(0, start - 25), start);
    const noun = nounBefore.exec(lookback);
    const lead = v.data.modifierFirst ? modBefore.exec(lookback) : null;
    const hasNoun = !!noun;
    if (noun) start -= noun[0].length - noun[0].indexOf(noun[1]!);
    else if (lead) start -= lead[0].length - lead[0].indexOf(lead[1]!);
    const weekday =
      v.weekdayIndex.get(word.toLowerCase().replace("'", "")) ?? v.weekdayIndex.get(word.toLowerCase());
    if (weekday === undefined) return null;
    const day = m[G.pd] ?? m[G.cd] ?? m[G.qd];
    const month = m[G.pm] ?? m[G.cm] ?? m[G.qm];
    const year = fullYear(m[G.py] ?? m[G.cy] ?? m[G.qy]);
    const modifier = lead?.[1] || m[G.mod2];
    const part = m[G.part1] ?? m[G.part2];
    const capitalised = word[0] === word[0]!.toUpperCase();
    if (!hasNoun && !capitalised) return null;
    if (ambiguous.has(word.toLowerCase()) && !hasNoun && !day && !part && modifier) return null;
    if (day && month) {
      const d = Number(day);
      const mo = Number(month);
      if (d < 1 || d > 31 || mo < 1 || mo > 12) return null;
      const known =
        year === undefined ? { day: d, month: mo, weekday } : { day: d, month: mo, year, weekday };
      return kabarResult(ctx, start, end, known, `${lang}-weekday-with-date`, part ? ["daypart"] : []);
    }
    // "Pasar Minggu": a capitalised word before a dateless "Minggu" makes a name. Not for weekdays in
    // general: "Erdogan Tuesday declared" is a date.
    const before = /(\p{L}+)[ \t]+$/u.exec(ctx.text.slice(Math.max(0, start - 30), start))?.[1];
    const named = before && /^\p{Lu}/u.test(before) && !dayNouns.has(before.toLowerCase());
    if (!hasNoun && !part && !modifier && named && ambiguous.has(word.toLowerCase())) return null;
    const dir = modifier ? direction(modifier) : "bare";
    const tags = [`dir:${dir}`, ...(part ? ["daypart"] : [])];
    return kabarResult(ctx, start, end, { weekday }, `${lang}-weekday`, tags);
  });
}
