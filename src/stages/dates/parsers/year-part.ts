/**
 * @module
 * Quarters and halves of a year, as TIMEX3 writes them: "kuartal II 2023", "triwulan pertama
 * 2024", "semester I 2023" → "2023-Q2", "2024-Q1", "2023-H1"; "the first quarter of 2025", "the
 * second half of 2018" → "2025-Q1", "2018-H2". Without a year the part is the reference year's.
 */
import type { Parser } from "chrono-node";
import type { Vocab } from "../vocab.js";
import { alt } from "../vocab.js";
import { kabarResult, wordParser } from "./shared.js";

export function yearPartParser(v: Vocab, lang: string): Parser | null {
  const { words, ordinals } = v.data.yearParts;
  if (Object.keys(words).length === 0) return null;
  const word = `(${alt(Object.keys(words))})`;
  const ord = `(${alt(Object.keys(ordinals))})`;
  const year = "(?:\\s+(?:of|in|tahun)?\\s*((?:19|20)\\d{2}))?";
  const source = v.data.modifierFirst
    ? `(?:the\\s+)?${ord}\\s+${word}${year}`
    : `${word}\\s+(?:ke-?\\s*)?${ord}${year}`;
  const pattern = new RegExp(`${source}(?![\\p{L}\\p{N}])`, "iu");
  return wordParser(pattern, (ctx, m, start, end) => {
    const [o, w] = v.data.modifierFirst ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const part = words[w.toLowerCase()];
    const n = ordinals[o.toLowerCase()];
    if (!part || !n || (part === "H" && n > 2)) return null;
    // "a quarter of a percentage point": only a named part of a year, or one that gives its year.
    if (!m[3] && !/^(?:kuartal|triwulan|semester|paruh)$/i.test(w)) return null;
    const tag = m[3] ? `value:${m[3]}-${part}${n}` : `yearpart:${part}${n}`;
    return kabarResult(ctx, start, end, {}, `${lang}-year-part`, [tag]);
  });
}
