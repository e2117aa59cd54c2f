/**
 * @module
 * Years that no cue introduces but that are plainly years: both ends of a span ("2009-2010",
 * "musim 2022/2023", "1998–2003"), each its own expression as TimeML wants, and a year used as
 * a modifier after an article ("a 2010 raid", "the 2019 election").
 */
import type { Parser } from "chrono-node";
import { kabarResult, wordParser } from "./shared.js";

const YEAR = "(?:1[89]|20)\\d{2}";

/** The first year of a span: the second is found by {@link rangeEndParser}. */
export function rangeStartParser(lang: string): Parser {
  const pattern = new RegExp(`(${YEAR})(?=\\s*[-–/]\\s*${YEAR}(?![\\p{N}]))`, "u");
  return wordParser(pattern, (ctx, m, start, end) => {
    if (/[-–/.,]\s*$|\d[-–/]$/.test(ctx.text.slice(Math.max(0, start - 2), start))) return null;
    const year = Number(m[1]);
    const second = Number(/\d{4}/.exec(ctx.text.slice(end, end + 8))?.[0]);
    if (!(second > year && second - year <= 50)) return null;
    return kabarResult(ctx, start, end, { year }, `${lang}-year-range`);
  });
}

export function rangeEndParser(lang: string): Parser {
  const pattern = new RegExp(`[-–/]\\s*(${YEAR})(?![\\p{N}]|[-–/.,]\\d)`, "u");
  return {
    pattern: () => pattern,
    extract: (ctx, m) => {
      const at = m.index! + m[0].length - m[1]!.length;
      const before = /(\d{4})\s*$/.exec(ctx.text.slice(Math.max(0, m.index! - 6), m.index!));
      if (!before || /[\p{N}-]/u.test(ctx.text.charAt(m.index! - before[0].length - 1))) return null;
      const year = Number(m[1]);
      const first = Number(before[1]);
      if (!(year > first && year - first <= 50)) return null;
      return kabarResult(ctx, at, at + 4, { year }, `${lang}-year-range`);
    },
  };
}

/** "a 2010 raid", "the 2019 election": an article, the year, then a lower-case noun. */
export function yearModifierParser(lang: string): Parser | null {
  if (lang !== "en") return null;
  const pattern = new RegExp(`(?:a|an|the|its|his|her|their)\\s+(${YEAR})(?=\\s+\\p{Ll})`, "iu");
  return wordParser(pattern, (ctx, m, start, end) => {
    const at = start + m[0].length - 4;
    return kabarResult(ctx, at, end, { year: Number(m[1]) }, `${lang}-year-modifier`);
  });
}
