/**
 * @module
 * Decades and centuries, valued as TIMEX3 writes them: the digits they share. "tahun 40-an",
 * "era 1990-an", "the 1990s", "the '80s" → "194", "199", "198"; "abad ke-20", "the 20th century"
 * → "19". A two-digit decade is read in the 1900s, as news uses it ("tahun 80-an").
 */
import type { Parser } from "chrono-node";
import type { Vocab } from "../vocab.js";
import { alt } from "../vocab.js";
import { kabarResult, wordParser } from "./shared.js";

export function decadeParser(v: Vocab, lang: string): Parser {
  const cue = v.data.decadeCues.length > 0 ? `(?:(?:${alt(v.data.decadeCues)})\\s+)?` : "";
  // "40-an", "1990-an" (Indonesian); "1990s", "1990's", "'80s", "80s" (English).
  const pattern = new RegExp(`${cue}(?:'|’)?((?:1[89]|20)?[0-9]0)(?:-an|'?s)(?![\\p{L}\\p{N}])`, "iu");
  return wordParser(pattern, (ctx, m, start, end) => {
    const digits = m[1]!;
    if (digits.length !== 2 && digits.length !== 4) return null;
    const full = digits.length === 2 ? `19${digits}` : digits;
    const value = full.slice(0, 3);
    let from = start;
    // The English article belongs to the expression ("the 1990s"), as in TimeML.
    const the = /(?:^|[^\p{L}])(the)\s+$/iu.exec(ctx.text.slice(Math.max(0, start - 5), start));
    if (the && lang === "en") from = start - (the[0].length - the[0].indexOf(the[1]!));
    return kabarResult(ctx, from, end, {}, `${lang}-decade`, [`value:${value}`]);
  });
}

export function centuryParser(v: Vocab, lang: string): Parser | null {
  if (v.data.centuryWords.length === 0) return null;
  const word = alt(v.data.centuryWords);
  // "abad ke-20", "abad ke 21", "abad XX"; "20th century", "the twentieth century" is left out.
  const pattern = new RegExp(
    `(?:(?:${word})\\s+ke[-\\s]?(\\d{1,2})|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]+(?:${word}))(?![\\p{L}])`,
    "iu",
  );
  return wordParser(pattern, (ctx, m, start, end) => {
    const n = Number(m[1] ?? m[2]);
    if (!(n >= 1 && n <= 22)) return null;
    const value = String(n - 1).padStart(2, "0");
    return kabarResult(ctx, start, end, {}, `${lang}-century`, [`value:${value}`]);
  });
}
