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

function offsetOf(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Most recent `weekday` on or before `ref` (or strictly before / after, by direction). */
export function placeWeekday(ref: Ymd, weekday: number, dir: "past" | "last" | "next" | "future"): Ymd {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(ref) + 7) % 7;
  if (dir === "past") return addDays(ref, -back);
  if (dir === "last") return addDays(ref, -(back || 7));
  if (dir === "next") return addDays(ref, ahead || 7);
  return addDays(ref, ahead);
}

/** True when the clause before `index` carries a future-tense cue ("akan", "will"). */
export function futureClause(text: string, index: number, v: Vocab): boolean {
  const window = text.slice(Math.max(0, index - 90), index);
  const clause = window.split(/[.!?;\n]|,\s+(?:dan|and|but|tetapi|namun)\s/iu).pop() ?? "";
  return v.future.test(clause);
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
    const how = dir === "last" ? "last" : dir === "next" ? "next" : tense ? "future" : "past";
    day = placeWeekday(ref, wd, how);
    relative = true;
    future = how === "next" || how === "future";
  } else if (s.isCertain("month")) {
    const m = s.get("month")!;
    const y = s.isCertain("year") ? s.get("year")! : ref ? nearestYear(m, 15, ref) : null;
    if (y === null) return null;
    relative = !s.isCertain("year") || !/\d{4}/.test(r.text);
    return { kind: "date", value: formatMonth(y, m), precision: "month", relative, future: false };
  } else if (s.isCertain("year")) {
    relative = !/\d{4}/.test(r.text);
    return { kind: "date", value: String(s.get("year")), precision: "year", relative, future: false };
  } else if (s.isCertain("hour")) {
    day = c.anchor ?? ref;
    if (!day) return null;
    relative = true;
  } else if ([...r.tags()].some((t) => t.startsWith("casualReference/"))) {
    if (!ref) return null;
    day = { y: s.get("year")!, m: s.get("month")!, d: s.get("day")! };
    relative = true;
  } else return null;
  if (!isValidDay(day)) return null;
  if (ref && !future) future = formatDay(day) > formatDay(ref) && relative;
  let value = formatDay(day);
  let precision: DatePrecision = "day";
  const dayPart =
    hasTag(r, "daypart") ||
    [...r.tags()].some((t) => /^casualReference\/(morning|afternoon|evening|night)/.test(t));
  if (s.isCertain("hour") && !dayPart) {
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
