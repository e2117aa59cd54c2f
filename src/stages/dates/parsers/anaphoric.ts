/**
 * @module
 * Dates counted from the narrative, not from the publication: "tiga hari kemudian", "sehari
 * sebelumnya", "a day later", "about a month earlier", "keesokan harinya", "the next day". TimeML
 * resolves them against the reference time the story has reached (the last date it named); the
 * parser records the unit and signed count, resolve.ts applies them to that anchor.
 */
import type { Parser } from "chrono-node";
import type { Vocab } from "../vocab.js";
import { alt } from "../vocab.js";
import { kabarResult, wordParser } from "./shared.js";

export function anaphoricParser(v: Vocab, lang: string): Parser | null {
  const words = new Map(Object.entries(v.data.anaphoricWords).map(([k, n]) => [k.toLowerCase(), n]));
  if (words.size === 0) return null;
  const pattern = new RegExp(
    // An approximator before the count belongs to the expression ("about a month earlier").
    `(?:(?:${v.durationModifier})\\s+)?(\\d+|${v.number})(?:\\s*-\\s*|\\s*)(${v.unit})\\s+(${alt([...words.keys()])})(?![\\p{L}])`,
    "iu",
  );
  return wordParser(pattern, (ctx, m, start, end) => {
    const numText = m[1]!.toLowerCase();
    // "se" + unit is one word ("sehari"); "a day" likewise stands only as a whole.
    if (numText === "se" && /(?:^|\s)se\s/i.test(m[0])) return null;
    const num = /\d/.test(numText) ? Number(numText) : v.data.numberWords[numText];
    const unit = v.data.units[m[2]!.toLowerCase()];
    const sign = words.get(m[3]!.toLowerCase().replace(/\s+/g, " "));
    if (num === undefined || num < 0 || !unit || !sign || !"YMWD".includes(unit)) return null;
    // "17 hours after the quake" is a length; only calendar units count from a date.
    return kabarResult(ctx, start, end, {}, `${lang}-anaphoric`, [`anaphor:${unit}:${sign * num}`]);
  });
}

export function anaphoricDayParser(v: Vocab, lang: string): Parser | null {
  const table = new Map(Object.entries(v.data.anaphoricDays).map(([k, n]) => [k.toLowerCase(), n]));
  if (table.size === 0) return null;
  const pattern = new RegExp(`(?:${alt([...table.keys()])})`, "i");
  // "beberapa hari sebelumnya": a count before makes it a length told backwards, not the day before.
  const countBefore = new RegExp(`(?:\\d|(?:^|[^\\p{L}])(?:${v.number}))\\s+$`, "iu");
  return wordParser(pattern, (ctx, m, start, end) => {
    if (countBefore.test(ctx.text.slice(Math.max(0, start - 15), start))) return null;
    const offset = table.get(m[0].toLowerCase().replace(/\s+/g, " "));
    if (offset === undefined) return null;
    return kabarResult(ctx, start, end, {}, `${lang}-anaphoric`, [`anaphor:D:${offset}`]);
  });
}
