/**
 * @module
 * Refiner 4 (last): joins neighbours that are one expression. A weekday and the date right after
 * it ("Kamis, 14 September 2023", "Tuesday, Sept. 12") become one date; a date and the clock time
 * right after it ("6 September 2023, 07:05 WIB", "Rabu (13/9/2023) pukul 10.00 WIB", "Tuesday at
 * 9 a.m.") become one date-time, and so do a time and the day right after it ("12:42 p.m. Monday",
 * "8.55 p.m. local time on Jan. 24", "pukul 17.44 WIB, Rabu (14/2)"). chrono's own merge refiners are switched off because they also
 * join across sentence ends ("last week. this morning").
 */
import type { Component, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { tagValue } from "../parsers/shared.js";

// An approximator between them ("Rabu dini hari sekitar pukul 01.30") keeps two expressions: the
// day is stated, the time only estimated, and the time still finds its day as the narrative anchor.
// A comma before "pukul" / "at" ends the date's expression ("Selasa (8/9), pukul 07.45 WIB" is
// two); a bare time right after a comma is a time stamp of the date ("6 September 2023, 07:05 WIB").
const TIME_GAP = /^\s*\)?\s*(?:(?:pukul|jam|at)\s*)?$|^\s*\)?\s*,\s*$/iu;
const WEEKDAY_GAP = /^\s*,?\s*$/u;
const TIME_DAY_GAP = /^\s*(?:local time|waktu setempat)?\s*,?\s*(?:on|pada)?\s*$/iu;
const TIME: readonly Component[] = ["hour", "minute", "second", "meridiem", "timezoneOffset"];
const DATE: readonly Component[] = ["day", "month", "year"];

/** "Selasa (8/9), pukul 07.45 WIB": a comma, then a time introduced by its own word. */
function commaThenWord(gap: string, r: ParsingResult): boolean {
  return gap.includes(",") && /^(?:pukul|jam|at)\b/iu.test(r.text);
}

function isDateOnly(r: ParsingResult): boolean {
  return (r.start.isCertain("day") || r.start.isCertain("weekday")) && !r.start.isCertain("hour");
}

function isTimeOnly(r: ParsingResult): boolean {
  return r.start.isCertain("hour") && !r.start.isCertain("day") && !r.start.isCertain("weekday");
}

function isBareWeekday(r: ParsingResult): boolean {
  return tagValue(r, "dir") === "bare" && !r.start.isCertain("day");
}

function isDay(r: ParsingResult): boolean {
  return (r.start.isCertain("day") || r.start.isCertain("weekday")) && !r.start.isCertain("hour");
}

function join(
  ctx: ParsingContext,
  a: ParsingResult,
  b: ParsingResult,
  keys: readonly Component[],
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
        } else if (
          prev &&
          isDateOnly(prev) &&
          isTimeOnly(r) &&
          TIME_GAP.test(gap) &&
          !commaThenWord(gap, r)
        ) {
          out[out.length - 1] = join(ctx, prev, r, TIME);
        } else if (prev && isTimeOnly(prev) && isDay(r) && TIME_DAY_GAP.test(gap)) {
          const merged = join(ctx, prev, r, [...DATE, "weekday"]);
          for (const t of r.tags()) if (t.startsWith("kabar/dir:")) merged.addTag(t);
          out[out.length - 1] = merged;
        } else out.push(r);
      }
      return out;
    },
  };
}
