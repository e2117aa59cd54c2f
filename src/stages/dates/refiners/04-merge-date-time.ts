/**
 * @module
 * Refiner 4 (last): joins neighbours that are one expression. A weekday and the date right after
 * it ("Kamis, 14 September 2023", "Tuesday, Sept. 12") become one date; a date and the clock time
 * right after it ("6 September 2023, 07:05 WIB", "Rabu (13/9/2023) pukul 10.00 WIB", "Tuesday at
 * 9 a.m.") become one date-time. chrono's own merge refiners are switched off because they also
 * join across sentence ends ("last week. this morning").
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { hasTag, tagValue } from "../parsers/shared.js";

const TIME_GAP = /^\s*[,)]?\s*(?:,\s*)?(?:pukul|jam|sekitar pukul|at|around|about|sekitar)?\s*$/iu;
const WEEKDAY_GAP = /^\s*,?\s*$/u;
const TIME = ["hour", "minute", "second", "meridiem", "timezoneOffset"] as const;
const DATE = ["day", "month", "year"] as const;

function isDateOnly(r: ParsingResult): boolean {
  return (r.start.isCertain("day") || r.start.isCertain("weekday")) && !r.start.isCertain("hour");
}

function isTimeOnly(r: ParsingResult): boolean {
  return r.start.isCertain("hour") && !r.start.isCertain("day") && !r.start.isCertain("weekday");
}

function isBareWeekday(r: ParsingResult): boolean {
  return tagValue(r, "dir") === "bare" && !hasTag(r, "daypart") && !r.start.isCertain("day");
}

function join(
  ctx: ParsingContext,
  a: ParsingResult,
  b: ParsingResult,
  keys: readonly (typeof TIME)[number][] | readonly (typeof DATE)[number][],
): ParsingResult {
  const merged = a.clone();
  for (const c of keys) if (b.start.isCertain(c)) merged.start.assign(c, b.start.get(c)!);
  merged.text = ctx.text.slice(a.index, b.index + b.text.length);
  merged.addTags(a.tags());
  merged.addTags(b.tags());
  return merged;
}

export function mergeDateTimeRefiner(lang: string): Refiner {
  return {
    refine: (ctx: ParsingContext, results: ParsingResult[]) => {
      const out: ParsingResult[] = [];
      for (const r of [...results].sort((a, b) => a.index - b.index)) {
        const prev = out[out.length - 1];
        const gap = prev ? ctx.text.slice(prev.index + prev.text.length, r.index) : "\n";
        if (prev && isBareWeekday(prev) && r.start.isCertain("day") && WEEKDAY_GAP.test(gap)) {
          const merged = join(ctx, prev, r, DATE);
          merged.tags().delete("kabar/dir:bare");
          merged.tags().delete(`kabar/${lang}-weekday`);
          merged.addTag(`kabar/${lang}-weekday-with-date`);
          out[out.length - 1] = merged;
        } else if (prev && isDateOnly(prev) && isTimeOnly(r) && TIME_GAP.test(gap)) {
          out[out.length - 1] = join(ctx, prev, r, TIME);
        } else out.push(r);
      }
      return out;
    },
  };
}
