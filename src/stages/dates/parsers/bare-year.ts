/**
 * @module
 * Bare years after a cue: "pada 2022", "sejak tahun 2019", "in 2022", "since 2019", "early 2020".
 * Without a cue a four-digit number is far more often a count than a year, so it is left alone.
 * The cue stays outside the expression when it is a preposition ("pada", "in") and inside when it
 * names the period ("tahun 2019", "awal 2020", "mid-2020").
 */
import type { Parser, ParsingContext } from "chrono-node";
import type { Vocab } from "../vocab.js";
import { alt } from "../vocab.js";
import { atWordBoundary, kabarResult, wordParser } from "./shared.js";

export function bareYearParser(v: Vocab, lang: string): Parser {
  const prepositions = new Set(v.data.prepositions);
  const pattern = new RegExp(
    `(${v.yearCue})(?:[\\s-]+(${alt(v.data.yearCues.filter((c) => !prepositions.has(c)))}))?[\\s-]+((?:1[89]|20)\\d{2})(?![\\p{L}\\p{N}]|[.,]\\d|\\s*%)`,
    "iu",
  );
  return wordParser(pattern, (ctx, m, start, end) => {
    const cue = m[1]!;
    const year = Number(m[3]);
    let from = start + m[0].lastIndexOf(m[3]!);
    if (m[2]) from = start + m[0].indexOf(m[2], cue.length);
    else if (!prepositions.has(cue.toLowerCase())) from = start;
    return kabarResult(ctx, from, end, { year }, `${lang}-bare-year`);
  });
}

/**
 * Years in the names of events and editions: "Pemilu 2024", "Piala AFF 2018", "SEA Games 2025".
 * Only after a capitalised word, and not after currency or number words ("Rp 2024", "Nomor 2019").
 */
export function eventYearParser(lang: string): Parser {
  // Starts at the year (fast to scan for); the capitalised word before it is found by looking back.
  const pattern = /(?:19|20)\d{2}(?![A-Za-z0-9]|[.,]\d|\s*[%/-]\s*\d)/;
  const wordBefore = /(\p{Lu}[\p{L}\p{N}-]*)\s+$/u;
  const notNames = new Set([
    "rp",
    "us$",
    "usd",
    "idr",
    "no",
    "nomor",
    "nomer",
    "pasal",
    "tahun",
    "page",
    "halaman",
    "km",
    "rt",
    "rw",
  ]);
  return {
    pattern: () => pattern,
    extract: (ctx: ParsingContext, m: RegExpMatchArray) => {
      const start = m.index!;
      const end = start + m[0].length;
      const name = wordBefore.exec(ctx.text.slice(Math.max(0, start - 30), start))?.[1];
      if (!name || !atWordBoundary(ctx.text, start, end) || notNames.has(name.toLowerCase())) return null;
      const wordStart = ctx.text.lastIndexOf(name, start);
      if (wordStart < 0 || !atWordBoundary(ctx.text, wordStart, wordStart + name.length)) return null;
      // "Sebanyak 2019 orang": a sentence-initial word before a count followed by its noun is no name.
      const sentenceStart = /(?:^|[.!?]\s+|\n\s*)$/.test(
        ctx.text.slice(Math.max(0, wordStart - 3), wordStart),
      );
      if (sentenceStart && /^\s+\p{Ll}/u.test(ctx.text.slice(end, end + 3))) return null;
      return kabarResult(ctx, start, end, { year: Number(m[0]) }, `${lang}-event-year`);
    },
  };
}
