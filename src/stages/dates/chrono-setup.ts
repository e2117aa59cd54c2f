/**
 * @module
 * One chrono instance per language pack: the casual configuration of the chrono-node locale the
 * pack names (`dates.chronoLocale`: Indonesian, English or any other chrono ships), minus the
 * parsers this stage replaces (weekdays, "within" spans) and the merge refiners that join across
 * sentence ends, plus the stage's own parsers and its numbered refiners (order
 * matters: noise is dropped and overlaps settled before day parts are attached and neighbours merged).
 */
import * as chrono from "chrono-node";
import { Chrono, type Parser, type Refiner } from "chrono-node";
import { DomainError } from "../../core/errors.js";
import type { DateData } from "../../lang/types/dates.js";
import { anaphoricDayParser, anaphoricParser } from "./parsers/anaphoric.js";
import { bareYearParser, eventYearParser } from "./parsers/bare-year.js";
import { centuryParser, decadeParser } from "./parsers/decade.js";
import { durationParser, vagueDurationParser, vaguePluralParser } from "./parsers/duration.js";
import { monthModifierParser } from "./parsers/month.js";
import { relativeDayParser } from "./parsers/relative-day.js";
import { setAdverbParser, setParser } from "./parsers/set.js";
import { vagueRefParser } from "./parsers/vague-ref.js";
import { weekParser } from "./parsers/week.js";
import { weekdayParser } from "./parsers/weekday.js";
import { yearPartParser } from "./parsers/year-part.js";
import { rangeEndParser, rangeStartParser, yearModifierParser } from "./parsers/year-range.js";
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

/** Matches nothing, at once: the pattern of a parser skipped for a text. */
const NEVER = /^(?!)/;

/**
 * Cheap whole-text tests that let an expensive chrono parser skip a text that cannot hold what it
 * looks for. Safe because refiner 1 drops what they would skip anyway (a clock time without any
 * clock marker, a numeric date without a separator between digits).
 */
const GUARDS: Readonly<Record<string, RegExp>> = {
  IDTimeExpressionParser: /\d[:.]\d|pukul|pkl|jam\s*\d|\d\s*[ap]\.?\s?m\b|noon|midnight|tengah/i,
  ENTimeExpressionParser: /\d[:.]\d|\d\s*[ap]\.?\s?m\b|noon|midnight|o'clock/i,
  SlashDateFormatParser: /\d\s*[/.-]\s*\d/,
};

function guarded(p: Parser): Parser {
  const guard = GUARDS[nameOf(p)];
  if (!guard) return p;
  return {
    pattern: (ctx) => (guard.test(ctx.text) ? p.pattern(ctx) : NEVER),
    extract: (ctx, m) => p.extract(ctx, m),
  };
}

/** chrono-node's casual configuration for a locale it ships (`id`, `en`, `fr`, …); else E_LANG_UNKNOWN. */
export function casualOf(locale: string): Chrono {
  const mod = (chrono as unknown as Record<string, { casual?: unknown } | undefined>)[locale];
  if (!(mod?.casual instanceof Chrono)) throw new DomainError("E_LANG_UNKNOWN", { code: `chrono:${locale}` });
  return mod.casual;
}

const cache = new WeakMap<DateData, Map<string, Chrono>>();

/** The configured chrono for a pack; `lang` names the rules ("id" → `dates/id-weekday`). */
export function chronoFor(data: DateData, lang: string): Chrono {
  const byLang = cache.get(data) ?? new Map<string, Chrono>();
  cache.set(data, byLang);
  const hit = byLang.get(lang);
  if (hit) return hit;
  const base = casualOf(data.chronoLocale);
  const v = vocabFor(data);
  const own: (Parser | null)[] = [
    weekdayParser(v, lang),
    weekParser(v, lang),
    bareYearParser(v, lang),
    durationParser(v, lang),
    vagueDurationParser(v, lang),
    vaguePluralParser(v, lang),
    eventYearParser(lang),
    monthModifierParser(v, lang),
    relativeDayParser(v, lang),
    vagueRefParser(v, lang),
    anaphoricParser(v, lang),
    anaphoricDayParser(v, lang),
    setParser(v, lang),
    setAdverbParser(v, lang),
    decadeParser(v, lang),
    centuryParser(v, lang),
    rangeStartParser(lang),
    rangeEndParser(lang),
    yearModifierParser(lang),
    yearPartParser(v, lang),
  ];
  const parsers: Parser[] = [
    ...own.filter((p): p is Parser => p !== null),
    ...base.parsers.filter((p) => !DROPPED_PARSERS.has(nameOf(p))).map(guarded),
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

/** chrono parsers that can yield an explicit full date, the kind reference inference dates by. */
const FULL_DATE_PARSERS = new Set([
  "ISOFormatParser",
  "SlashDateFormatParser",
  "IDMonthNameLittleEndianParser",
  "ENMonthNameLittleEndianParser",
  "ENMonthNameMiddleEndianParser",
  "ENYearMonthDayParser",
]);

const liteCache = new WeakMap<DateData, Map<string, Chrono>>();

/**
 * A lighter chrono for reference inference: only full dates and weekdays, which do not depend on
 * the reference, so the inference pass costs a fraction of a full one.
 */
export function inferenceChronoFor(data: DateData, lang: string): Chrono {
  const byLang = liteCache.get(data) ?? new Map<string, Chrono>();
  liteCache.set(data, byLang);
  const hit = byLang.get(lang);
  if (hit) return hit;
  const base = casualOf(data.chronoLocale);
  const v = vocabFor(data);
  const made = new Chrono({
    parsers: [
      weekdayParser(v, lang),
      // Years alone tell how recent the text is, so a historical full date is not taken for its own.
      bareYearParser(v, lang),
      eventYearParser(lang),
      ...base.parsers.filter((p) => FULL_DATE_PARSERS.has(nameOf(p))).map(guarded),
    ],
    refiners: [dropNoiseRefiner(v), resolveOverlapsRefiner(), mergeDateTimeRefiner(lang)],
  });
  byLang.set(lang, made);
  return made;
}
