/**
 * @module
 * Day words chrono's locales miss, from the pack's table: "semalam" (last night), "lusa" (the day
 * after tomorrow), "last night", "tonight". The value is the reference day shifted by the offset.
 */
import type { Parser } from "chrono-node";
import type { Vocab } from "../vocab.js";
import { alt } from "../vocab.js";
import { kabarResult, wordParser } from "./shared.js";

export function relativeDayParser(v: Vocab, lang: string): Parser | null {
  if (Object.keys(v.data.relativeDays).length === 0) return null;
  const table = new Map(Object.entries(v.data.relativeDays).map(([k, n]) => [k.toLowerCase(), n]));
  const pattern = new RegExp(alt([...table.keys()]), "iu");
  return wordParser(pattern, (ctx, m, start, end) => {
    const offset = table.get(m[0].toLowerCase().replace(/\s+/g, " "));
    if (offset === undefined) return null;
    return kabarResult(ctx, start, end, {}, `${lang}-relative-day`, [`offset:${offset}`]);
  });
}
