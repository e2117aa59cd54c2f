/**
 * @module
 * One chrono instance per language pack: chrono's casual Indonesian or English configuration,
 * minus the parsers this stage replaces (weekdays, "within" spans) and the merge refiners that
 * join across sentence ends, plus the stage's own parsers and its numbered refiners (order
 * matters: noise is dropped and overlaps settled before day parts are attached and neighbours merged).
 */
import { Chrono, en, id, type Parser, type Refiner } from "chrono-node";
import type { DateData } from "../../lang/types/dates.js";
import { bareYearParser, eventYearParser } from "./parsers/bare-year.js";
import { durationParser, vagueDurationParser, vaguePluralParser } from "./parsers/duration.js";
import { monthModifierParser } from "./parsers/month.js";
import { relativeDayParser } from "./parsers/relative-day.js";
import { weekParser } from "./parsers/week.js";
import { weekdayParser } from "./parsers/weekday.js";
import { dropNoiseRefiner } from "./refiners/01-drop-noise.js";
import { resolveOverlapsRefiner } from "./refiners/02-resolve-overlaps.js";
import { extendDayPartRefiner } from "./refiners/03-extend-day-part.js";
import { mergeDateTimeRefiner } from "./refiners/04-merge-date-time.js";
import { vocabFor } from "./vocab.js";

/** chrono parsers replaced by this stage's own (by class name, checked in a test). */
export const DROPPED_PARSERS = new Set([
  "IDWeekdayParser",
  "ENWeekdayParser",
  "IDTimeUnitWithinFormatParser",
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
]);

/** chrono refiners that merge or reorder across punctuation, or that refiner 4 replaces. */
export const DROPPED_REFINERS = new Set([
  "OverlapRemovalRefiner",
  "IDMergeDateTimeRefiner",
  "IDMergeDateRangeRefiner",
  "ENMergeDateTimeRefiner",
  "ENMergeDateRangeRefiner",
  "ENMergeRelativeAfterDateRefiner",
  "ENMergeRelativeFollowByDateRefiner",
  "MergeWeekdayComponentRefiner",
  "ForwardDateRefiner",
  // It drops all-digit matches, i.e. every bare year; refiner 1 does the validity checks instead.
  "UnlikelyFormatFilter",
  "ENUnlikelyFormatFilter",
]);

const nameOf = (x: object): string => x.constructor.name;

const cache = new WeakMap<DateData, Map<string, Chrono>>();

/** The configured chrono for a pack; `lang` names the rules ("id" → `dates/id-weekday`). */
export function chronoFor(data: DateData, lang: string): Chrono {
  const byLang = cache.get(data) ?? new Map<string, Chrono>();
  cache.set(data, byLang);
  const hit = byLang.get(lang);
  if (hit) return hit;
  const base = data.chronoLocale === "id" ? id.casual : en.casual;
  const v = vocabFor(data);
  const parsers: Parser[] = [
    weekdayParser(v, lang),
    weekParser(v, lang),
    bareYearParser(v, lang),
    durationParser(v, lang),
    vagueDurationParser(v, lang),
    vaguePluralParser(v, lang),
    eventYearParser(lang),
    monthModifierParser(v, lang),
    relativeDayParser(v, lang),
    ...base.parsers.filter((p) => !DROPPED_PARSERS.has(nameOf(p))),
  ];
  const refiners: Refiner[] = [
    ...base.refiners.filter((r) => !DROPPED_REFINERS.has(nameOf(r))),
    dropNoiseRefiner(v),
    resolveOverlapsRefiner(),
    extendDayPartRefiner(v),
    mergeDateTimeRefiner(lang),
  ];
  const made = new Chrono({ parsers, refiners });
  byLang.set(lang, made);
  return made;
}
