/**
 * @module
 * Weeks as weeks: "pekan ini", "minggu lalu", "this week", "next week" resolve to an ISO week
 * ("2023-W37"), not to a day, because that is all the text commits to.
 */
import type { Parser } from "chrono-node";
import type { Vocab } from "../vocab.js";
import { directionOf, kabarResult, wordParser } from "./shared.js";

export function weekParser(v: Vocab, lang: string): Parser {
  const mod = `${v.last}|${v.next}|${v.thisWord}`;
  const source = v.data.modifierFirst ? `(${mod})\\s+(?:${v.week})` : `(?:${v.week})\\s+(${mod})`;
  const pattern = new RegExp(source, "iu");
  const direction = directionOf(v);
  return wordParser(pattern, (ctx, m, start, end) => {
    const modifier = m[1]!;
    const dir = direction(modifier);
    return kabarResult(ctx, start, end, {}, `${lang}-week`, [`dir:${dir}`]);
  });
}
