/**
 * @module
 * Durations as TIMEX3 lengths: "hampir 19 bulan" → P19M, "selama tiga hari" → P3D, "24 jam" →
 * PT24H, "almost 19 months", "a three-day visit", "berhari-hari" → PXD (a vague count). A length
 * followed by "lalu" / "ago" is a date, not a duration, and is left to chrono's relative parsers.
 * Modifiers such as "hampir" or "almost" belong to the expression; "selama" / "for" do not.
 */
import type { Parser } from "chrono-node";
import type { Vocab } from "../vocab.js";
import { alt } from "../vocab.js";
import { kabarResult, wordParser } from "./shared.js";

/** Modifiers that introduce a duration but are prepositions, kept outside the extent. */
const OUTSIDE = new Set(["selama", "for", "the past", "the last"]);

export function durationParser(v: Vocab, lang: string): Parser {
  const numberRe = `\\d+(?:[.,]\\d+)?|${v.number}`;
  // An age keeps its closing word: "70-year-old", "14-year old", "70 years old" are one length.
  const age = v.data.ageWords.length > 0 ? `(?:(?:\\s*-\\s*|\\s+)(?:${alt(v.data.ageWords)}))?` : "";
  // Starts at the number (fast to scan for); a modifier before it is picked up by looking back.
  const pattern = new RegExp(
    `(${numberRe})(?:\\s*-\\s*|\\s*)(${v.unit})${age}(?![A-Za-z0-9-])(?!\\s+(?:${v.ago})(?![A-Za-z]))(?:\\s+(?:${v.durationTail})(?![A-Za-z]))?`,
    // No "u" flag (much slower when case-insensitive); extract checks word boundaries in full Unicode.
    "i",
  );
  const modBefore = new RegExp(`(?:^|[^\\p{L}])(${v.durationModifier})\\s+$`, "iu");
  const articles = new Set(["a", "an", "se"]);
  // "08 derajat 50 menit 24 detik LS": minutes and seconds of arc, not of time.
  const arcBefore = new RegExp(`\\d\\s*(?:${alt(v.data.coordinateWords)}|menit|minutes?|')\\s*$`, "iu");
  return wordParser(pattern, (ctx, m, at, end) => {
    if (arcBefore.test(ctx.text.slice(Math.max(0, at - 20), at))) return null;
    const lead = modBefore.exec(ctx.text.slice(Math.max(0, at - 25), at));
    const modifier = lead?.[1]?.toLowerCase().replace(/\s+/g, " ");
    const start = lead ? at - (lead[0].length - lead[0].indexOf(lead[1]!)) : at;
    const numText = m[1]!.toLowerCase().replace(/\s+/g, " ");
    // "se" + unit must be one word ("sehari"); "a day" needs a modifier ("for a day").
    if (numText === "se" && /^\s/.test(m[0].slice(m[1]!.length))) return null;
    if ((numText === "a" || numText === "an") && !modifier) return null;
    const num = /\d/.test(numText) ? Number(numText.replace(",", ".")) : v.data.numberWords[numText];
    const unit = v.data.units[m[2]!.toLowerCase()];
    if (num === undefined || unit === undefined || (num === 0 && !articles.has(numText))) return null;
    const amount = num < 0 ? "X" : String(num);
    const value = durationValue(amount, unit, num);
    const from = modifier && OUTSIDE.has(modifier) ? at : start;
    return kabarResult(ctx, from, end, {}, `${lang}-duration`, [`duration:${value}`]);
  });
}

/** TIMEX3 value of `amount` units: clock units after "T", decades as years ("P30Y"). */
export function durationValue(amount: string, unit: string, num = Number.NaN): string {
  if (unit === "H" || unit === "N" || unit === "S") return `PT${amount}${unit === "N" ? "M" : unit}`;
  if (unit === "DE") return `P${Number.isNaN(num) || num < 0 ? "X" : num * 10}Y`;
  return `P${amount}${unit}`;
}

/**
 * A bare unit after a cue is a vague length: "recent months" → PXM, "could take weeks" → PXW.
 * Cues such as "recent" belong to the extent; verbs such as "take" do not.
 */
export function vaguePluralParser(v: Vocab, lang: string): Parser | null {
  const { inside, outside } = v.data.vagueDurationCues;
  if (inside.length + outside.length === 0) return null;
  const pattern = new RegExp(
    `(?:(${alt(inside)})|(?:${alt(outside)}))\\s+(${v.unit})(?![\\p{L}\\p{N}-])`,
    "iu",
  );
  return wordParser(pattern, (ctx, m, start, end) => {
    const word = m[2]!;
    const unit = v.data.units[word.toLowerCase()];
    // Only plurals are vague ("take weeks"); a singular needs a number ("for a week").
    if (!unit || !/s$/i.test(word)) return null;
    const from = m[1] ? start : end - word.length;
    return kabarResult(ctx, from, end, {}, `${lang}-duration`, [`duration:${durationValue("X", unit)}`]);
  });
}

/** Idiomatic vague durations ("berhari-hari", "for years"), from the pack's table. */
export function vagueDurationParser(v: Vocab, lang: string): Parser {
  const table = new Map(Object.entries(v.data.vagueDurations).map(([k, val]) => [k.toLowerCase(), val]));
  const pattern = new RegExp(`(?:${alt([...table.keys()])})`, "iu");
  return wordParser(pattern, (ctx, m, start, end) => {
    const value = table.get(m[0].toLowerCase().replace(/\s+/g, " "));
    if (!value) return null;
    return kabarResult(ctx, start, end, {}, `${lang}-duration`, [`duration:${value}`]);
  });
}
