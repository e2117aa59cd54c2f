/**
 * @module
 * A month name with a modifier: "last June", "next March", "Juni lalu", "November mendatang",
 * "bulan Maret ini". The value is the month's most recent (or next) occurrence relative to the
 * reference, worked out in resolve.ts from the recorded direction.
 */
import type { Parser } from "chrono-node";
import type { Vocab } from "../vocab.js";
import { directionOf, kabarResult, wordParser } from "./shared.js";

export function monthModifierParser(v: Vocab, lang: string): Parser {
  const mod = `${v.last}|${v.next}|${v.thisWord}`;
  const source = v.data.modifierFirst ? `(${mod})\\s+(${v.month})` : `(${v.month})\\s+(${mod})`;
  const pattern = new RegExp(`${source}(?![\\p{L}]|\\s+\\d)`, "iu");
  const direction = directionOf(v);
  return wordParser(pattern, (ctx, m, start, end) => {
    const [modifier, name] = v.data.modifierFirst ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const month = v.monthIndex.get(name.toLowerCase());
    // A month name needs its capital ("Mei lalu"); lower case "mar" or "may" is another word.
    if (month === undefined || name[0] !== name[0]!.toUpperCase()) return null;
    const dir = direction(modifier);
    return kabarResult(ctx, start, end, { month }, `${lang}-month`, [`dir:${dir}`]);
  });
}
