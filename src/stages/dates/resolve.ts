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
import { alt, type Vocab } from "./vocab.js";

export interface ResolveContext {
  readonly text: string;
  readonly lang: string;
  readonly vocab: Vocab;
  /** The reference day, or null when the article's date is unknown (relative values are then dropped). */
  readonly ref: Ymd | null;
  /** The day a time-only expression belongs to (the last dated day before it), when known. */
  readonly anchor: Ymd | null;
  /**
   * True when `ref` was inferred from the text rather than stated: it is then a lower bound, too
   * loose to place a bare weekday, which is read against the narrative's last date instead.
   */
  readonly inferred?: boolean;
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

/** A date `n` units (D, W, M, Y) away from `from`, cut to that unit's precision. */
function shifted(from: Ymd, unit: string, n: number): { value: string; precision: DatePrecision; day?: Ymd } {
  if (unit === "D") return { value: formatDay(addDays(from, n)), precision: "day", day: addDays(from, n) };
  if (unit === "W") return { value: isoWeek(addDays(from, 7 * n)), precision: "week" };
  if (unit === "M") {
    const months = from.y * 12 + (from.m - 1) + n;
    return { value: formatMonth(Math.floor(months / 12), (months % 12) + 1), precision: "month" };
  }
  return { value: String(from.y + n).padStart(4, "0"), precision: "year" };
}

function resolveValue(r: ParsingResult, c: ResolveContext): Resolved | null {
  const s = r.start;
  const duration = tagValue(r, "duration");
  if (duration) return { kind: "duration", value: duration, relative: false, future: false };
  const fixed = tagValue(r, "value");
  if (fixed) {
    const kind = tagValue(r, "kind") === "set" ? "set" : "date";
    return { kind, value: fixed, relative: false, future: fixed === "FUTURE_REF" };
  }
  const ref = c.ref;
  const yearPart = tagValue(r, "yearpart");
  if (yearPart) {
    if (!ref) return null;
    return { kind: "date", value: `${ref.y}-${yearPart}`, relative: true, future: false };
  }
  const anaphor = tagValue(r, "anaphor");
  if (anaphor) {
    // Counted from the last date the narrative reached; the publication day when it named none.
    const from = c.anchor ?? ref;
    if (!from) return null;
    const [unit, n] = anaphor.split(":");
    const { value, precision } = shifted(from, unit!, Number(n));
    const future = ref ? value.slice(0, 10) > formatDay(ref).slice(0, value.length) : false;
    return { kind: "date", value, precision, relative: true, future };
  }
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
  // "two weeks ago", "dua pekan lalu": a count of weeks commits to a week, not to a day.
  if (ref && r.tags().has("result/relativeDate") && weekUnitOf(c.vocab).test(r.text)) {
    const d = { y: s.get("year")!, m: s.get("month")!, d: s.get("day")! };
    if (isValidDay(d))
      return {
        kind: "date",
        value: isoWeek(d),
        precision: "week",
        relative: true,
        future: formatDay(d) > formatDay(ref),
      };
  }
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
    if (c.inferred && dir === "bare") {
      // An inferred day is only a lower bound: a bare weekday is the one nearest the story's last
      // date ("Selasa (12/9/2023) … pada hari Rabu" → the 13th), and without one it is unknown.
      if (!c.anchor) return null;
      day = placeWeekday(c.anchor, wd, tense ? "future" : "nearest");
    } else day = placeWeekday(ref, wd, how);
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
    // A clock time alone belongs to the day the narrative has reached (the last date named before
    // it), the reference day when it named none.
    day = c.anchor ?? ref;
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
  } else {
    const part = dayPartOf(r.text, c.vocab);
    if (part) value += `T${part}`;
  }
  return { kind: "date", value, precision, relative, future };
}

const partPatterns = new WeakMap<Vocab, [RegExp, string][]>();
const weekUnits = new WeakMap<Vocab, RegExp>();

/** Matches a week unit of the pack as a whole word ("weeks", "pekan"). */
function weekUnitOf(v: Vocab): RegExp {
  let re = weekUnits.get(v);
  if (!re) {
    const words = Object.entries(v.data.units).flatMap(([w, u]) => (u === "W" ? [w] : []));
    re = new RegExp(`(?:^|[^\\p{L}])(?:${alt(words)})(?![\\p{L}])`, "iu");
    weekUnits.set(v, re);
  }
  return re;
}

/** The TIMEX3 part of the day ("AF") an expression names ("Selasa (12/9/2023) sore"), if any. */
function dayPartOf(text: string, v: Vocab): string | undefined {
  let list = partPatterns.get(v);
  if (!list) {
    list = Object.entries(v.data.dayPartValues)
      .sort((a, b) => b[0].length - a[0].length)
      .map(([w, code]) => [new RegExp(`(?:^|[^\\p{L}])${alt([w])}(?![\\p{L}])`, "iu"), code]);
    partPatterns.set(v, list);
  }
  for (const [re, code] of list) if (re.test(text)) return code;
  return undefined;
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
