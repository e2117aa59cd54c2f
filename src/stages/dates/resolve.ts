/**
 * @module
 * From a chrono result to a {@link DateMention}: the value cut to what the text commits to (a
 * bare year stays "2022", "pekan ini" becomes "2023-W37", a clock time with a zone keeps its
 * offset), bare weekdays placed on the most recent such day on or before the reference unless
 * the clause is in the future tense, and the leading preposition ("pada", "on") trimmed off.
 */
import type { ParsingResult } from "chrono-node";
import type { DateMention, DatePrecision } from "../../core/doc/layers/dates.js";
import {
  addDays,
  formatDay,
  formatMonth,
  isoWeek,
  isValidDay,
  nearestYear,
  weekdayOf,
  type Ymd,
} from "./calendar.js";
import { hasTag, isKabar, tagValue } from "./parsers/shared.js";
import type { Vocab } from "./vocab.js";

export interface ResolveContext {
  readonly text: string;
  readonly lang: string;
  readonly vocab: Vocab;
  /** The reference day, or null when the article's date is unknown (relative values are then dropped). */
  readonly ref: Ymd | null;
  /** The day a time-only expression belongs to (the last dated day before it), when known. */
  readonly anchor: Ymd | null;
}

const pad = (n: number): string => String(n).padStart(2, "0");

const CLOCK = /\d{1,2}[:.]\d{2}|\d\s*[ap]\.?\s?m\b|\d{4}\s*[A-Z]{2,4}\b|\b(?:noon|pukul|jam)\b/i;

function offsetOf(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Most recent `weekday` on or before `ref` (or strictly before / after, by direction). */
export function placeWeekday(
  ref: Ymd,
  weekday: number,
  dir: "past" | "last" | "next" | "future" | "nearest",
): Ymd {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(ref) + 7) % 7;
  if (dir === "nearest") return addDays(ref, ahead <= back ? ahead : -back);
  if (dir === "past") return addDays(ref, -back);
  if (dir === "last") return addDays(ref, -(back || 7));
  if (dir === "next") return addDays(ref, ahead || 7);
  return addDays(ref, ahead);
}

/** True when the clause before `index` carries a future-tense cue ("akan", "will"). */
export function futureClause(text: string, index: number, v: Vocab): boolean {
  const window = text.slice(Math.max(0, index - 90), index);
  const clause = window.split(/[.!?;\n]|,\s+(?:dan|and|but|tetapi|namun)\s/iu).pop() ?? "";
  const cue = v.future.exec(clause);
  // "… will be requested, Homendy said Monday": the cue governs another verb than the date's.
  return !!cue && !v.tenseBreaker.test(clause.slice(cue.index + cue[0].length));
}

/** A month's most recent occurrence on or before the reference month, or the next one on or after it. */
export function placeMonth(
  ref: Ymd,
  month: number,
  dir: "past" | "last" | "next" | "future" | "this",
): string {
  if (dir === "this") return formatMonth(ref.y, month);
  if (dir === "past") return formatMonth(month <= ref.m ? ref.y : ref.y - 1, month);
  if (dir === "last") return formatMonth(month < ref.m ? ref.y : ref.y - 1, month);
  if (dir === "next") return formatMonth(month > ref.m ? ref.y : ref.y + 1, month);
  return formatMonth(month >= ref.m ? ref.y : ref.y + 1, month);
}

function trimStart(text: string, start: number, end: number, v: Vocab): number {
  const re = new RegExp(`^(?:${v.preposition})\\s+`, "iu");
  for (;;) {
    const m = re.exec(text.slice(start, end));
    if (!m || start + m[0].length >= end) return start;
    start += m[0].length;
  }
}

function ruleOf(r: ParsingResult, lang: string, precision: DatePrecision, relative: boolean): string {
  const own = [...r.tags()].flatMap((t) => /^kabar\/([a-z]+-[a-z-]+)$/.exec(t)?.[1] ?? []);
  if (own.includes(`${lang}-weekday-with-date`)) return `${lang}-weekday-with-date`;
  if (own[0]) return own[0];
  if (hasAnyTag(r, "parser/SlashDateFormatParser")) return `${lang}-numeric-date`;
  if (relative) return `${lang}-relative`;
  if (precision === "minute") return `${lang}-date-time`;
  return `${lang}-${precision === "day" ? "date" : precision}`;
}

function hasAnyTag(r: ParsingResult, tag: string): boolean {
  return r.tags().has(tag);
}

interface Resolved {
  kind: DateMention["kind"];
  value: string;
  precision?: DatePrecision;
  relative: boolean;
  future: boolean;
}

function resolveValue(r: ParsingResult, c: ResolveContext): Resolved | null {
  const s = r.start;
  const duration = tagValue(r, "duration");
  if (duration) return { kind: "duration", value: duration, relative: false, future: false };
  const ref = c.ref;
  const dir = tagValue(r, "dir");
  if (hasTag(r, `${c.lang}-week`)) {
    if (!ref) return null;
    const shift = dir === "last" ? -7 : dir === "next" ? 7 : 0;
    return {
      kind: "date",
      value: isoWeek(addDays(ref, shift)),
      precision: "week",
      relative: true,
      future: shift > 0,
    };
  }
  let day: Ymd | null = null;
  let relative = false;
  let future = false;
  if (s.isCertain("day") && s.isCertain("month")) {
    const m = s.get("month")!;
    const d = s.get("day")!;
    if (s.isCertain("year")) {
      day = { y: s.get("year")!, m, d };
      relative = !isKabar(r) && !/\d{4}/.test(r.text) && !/'\d{2}\b/.test(r.text);
    } else {
      if (!ref) return null;
      day = { y: nearestYear(m, d, ref), m, d };
      relative = true;
    }
  } else if (s.isCertain("weekday")) {
    if (!ref) return null;
    const wd = s.get("weekday")!;
    const tense = futureClause(c.text, r.index, c.vocab);
    const until = c.vocab.until.test(c.text.slice(Math.max(0, r.index - 20), r.index));
    const how =
      dir === "last" ? "last" : dir === "next" ? "next" : until ? "nearest" : tense ? "future" : "past";
    day = placeWeekday(ref, wd, how);
    relative = true;
    future = how === "next" || how === "future";
  } else if (s.isCertain("month")) {
    const m = s.get("month")!;
    if (s.isCertain("year")) {
      relative = !/\d{4}/.test(r.text);
      return {
        kind: "date",
        value: formatMonth(s.get("year")!, m),
        precision: "month",
        relative,
        future: false,
      };
    }
    if (!ref) return null;
    // A yearless month is placed by its modifier, else by tense: news looks back unless it says otherwise.
    const how =
      dir === "last" || dir === "next" || dir === "this"
        ? dir
        : futureClause(c.text, r.index, c.vocab)
          ? "future"
          : "past";
    const value = placeMonth(ref, m, how);
    return {
      kind: "date",
      value,
      precision: "month",
      relative: true,
      future: value > formatMonth(ref.y, ref.m),
    };
  } else if (s.isCertain("year")) {
    relative = !/\d{4}/.test(r.text);
    return { kind: "date", value: String(s.get("year")), precision: "year", relative, future: false };
  } else if (tagValue(r, "offset") !== undefined) {
    if (!ref) return null;
    day = addDays(ref, Number(tagValue(r, "offset")));
    relative = true;
  } else if (s.isCertain("hour")) {
    // A clock time alone belongs to the reference day: news times are today's unless a date is joined.
    day = ref;
    if (!day) return null;
    relative = true;
  } else if ([...r.tags()].some((t) => t.startsWith("casualReference/"))) {
    if (!ref) return null;
    day = { y: s.get("year")!, m: s.get("month")!, d: s.get("day")! };
    relative = true;
  } else return null;
  if (!isValidDay(day)) return null;
  if (ref && !future) future = formatDay(day) > formatDay(ref);
  let value = formatDay(day);
  let precision: DatePrecision = "day";
  // An hour that only a part of the day implies ("pagi ini", "this morning") is not a clock time.
  if (s.isCertain("hour") && CLOCK.test(r.text)) {
    value += `T${pad(s.get("hour")!)}:${pad(s.get("minute") ?? 0)}`;
    if (s.isCertain("timezoneOffset")) value += offsetOf(s.get("timezoneOffset")!);
    else value += gluedZone(c, r) ?? "";
    precision = "minute";
  }
  return { kind: "date", value, precision, relative, future };
}

/** A zone abbreviation glued to the next word ("07:05 WIBSEOUL" in flattened pages), as an offset. */
function gluedZone(c: ResolveContext, r: ParsingResult): string | undefined {
  const after = c.text.slice(r.index + r.text.length, r.index + r.text.length + 8);
  const m = /^\s*([A-Z]{2,5})/.exec(after);
  if (!m) return undefined;
  for (let n = m[1]!.length; n >= 2; n--) {
    const zone = c.vocab.data.timeZones[m[1]!.slice(0, n)];
    if (zone) return zone;
  }
  return undefined;
}

/** The mention for one chrono result, or null when it cannot be resolved. */
export function toMention(r: ParsingResult, c: ResolveContext): DateMention | null {
  const resolved = resolveValue(r, c);
  if (!resolved || (resolved.relative && !c.ref)) return null;
  const end = r.index + r.text.trimEnd().length;
  const start = trimStart(c.text, r.index, end, c.vocab);
  const rule = ruleOf(r, c.lang, resolved.precision ?? "day", resolved.relative);
  return {
    start,
    end,
    text: c.text.slice(start, end),
    rule: `dates/${rule}`,
    kind: resolved.kind,
    value: resolved.value,
    ...(resolved.precision ? { precision: resolved.precision } : {}),
    ...(resolved.relative ? { relative: true } : {}),
    ...(resolved.future ? { future: true } : {}),
  };
}
