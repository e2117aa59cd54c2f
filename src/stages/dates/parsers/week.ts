/**
 * @module
 * Weeks as weeks: "pekan ini", "minggu lalu", "this week", "next week" resolve to an ISO week
 * ("2023-W37"), not to a day, because that is all the text commits to.
 */
import type { Parser, ParsingContext } from "chrono-node";
import type { Vocab } from "../vocab.js";
import { atWordBoundary, kabarResult } from "./shared.js";

export function weekParser(v: Vocab, lang: string): Parser {
  const mod = `${v.last}|${v.next}|${v.thisWord}`;
  const source = v.data.modifierFirst ? `(${mod})\\s+(?:${v.week})` : `(?:${v.week})\\s+(${mod})`;
  const pattern = new RegExp(source, "iu");
  const lastRe = new RegExp(`^(?:${v.last})$`, "iu");
  const nextRe = new RegExp(`^(?:${v.next})$`, "iu");
  return {
    pattern: () => pattern,
    extract: (ctx: ParsingContext, m: RegExpMatchArray) => {
      const start = m.index!;
      const end = start + m[0].length;
      if (!atWordBoundary(ctx.text, start, end)) return null;
      const modifier = m[1]!;
      const dir = lastRe.test(modifier) ? "last" : nextRe.test(modifier) ? "next" : "this";
      return kabarResult(ctx, start, end, {}, `${lang}-week`, [`dir:${dir}`]);
    },
  };
}
