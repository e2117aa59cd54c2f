/**
 * @module
 * Infers an article's reference day when its publication date is unknown: the latest explicit full
 * date in the text (one that names its year, outside a future-tense clause and not a "sejak" /
 * "since" background), pushed forward to the next day matching a bare weekday mentioned after it,
 * since a report of "Selasa (12/9/2023)" that goes on to tell what happened "pada hari Rabu" was
 * written on Wednesday at the earliest. The result is a lower bound, never the machine clock; no
 * explicit date means no inference.
 *
 * A full date far older than the years the text otherwise names is history, not the news ("the
 * 27 July 1953 armistice" in a story that speaks of 2023): the article is then only known to be
 * from that latest year, and no day is inferred, so nothing is resolved against the armistice.
 */
import type { DateData } from "../../lang/types/dates.js";
import { addDays, daysBetween, formatDay, isValidDay, weekdayOf, type Ymd } from "./calendar.js";
import { inferenceChronoFor } from "./chrono-setup.js";
import { hasTag, tagValue } from "./parsers/shared.js";
import { futureClause } from "./resolve.js";
import { alt, vocabFor } from "./vocab.js";

/** What the text implies about when it was written. */
export interface InferredReference {
  /** The latest day it can be dated to, or null when only a year is known. */
  readonly day: Ymd | null;
  /** The earliest day it can have been written on (ISO). */
  readonly notBefore: string;
  /** The inferred value at its precision: the day, or the year alone. */
  readonly value: string;
}

/** Years the full date may trail the latest year named before it counts as history. */
const HISTORY_GAP = 2;

export function inferReference(text: string, data: DateData, lang: string): InferredReference | null {
  const vocab = vocabFor(data);
  const instant = new Date(Date.UTC(2000, 0, 1, 12));
  const results = inferenceChronoFor(data, lang).parse(text, { instant, timezone: 0 });
  const since = new RegExp(`(?:^|[^\\p{L}])(?:${alt(data.sinceWords)})\\s+(?:\\p{L}+\\s+){0,2}$`, "iu");
  let latest: Ymd | null = null;
  let latestAt = -1;
  let latestYear = -1;
  for (const r of results) {
    const s = r.start;
    if (futureClause(text, r.index, vocab)) continue;
    if (s.isCertain("year") && !s.isCertain("day")) {
      latestYear = Math.max(latestYear, s.get("year")!);
      continue;
    }
    if (!(s.isCertain("day") && s.isCertain("month") && s.isCertain("year"))) continue;
    if (!/\d{4}|\/\d{2}\)/.test(r.text)) continue;
    // "sejak 1 Januari 2020": where a span starts, not when the article was written.
    if (since.test(text.slice(Math.max(0, r.index - 30), r.index))) continue;
    const day = { y: s.get("year")!, m: s.get("month")!, d: s.get("day")! };
    if (!isValidDay(day)) continue;
    latestYear = Math.max(latestYear, day.y);
    if (!latest || formatDay(day) > formatDay(latest)) latest = day;
    if (formatDay(day) === formatDay(latest)) latestAt = Math.max(latestAt, r.index);
  }
  if (!latest) return null;
  if (latestYear - latest.y >= HISTORY_GAP) {
    const year = String(latestYear).padStart(4, "0");
    return { day: null, notBefore: `${year}-01-01`, value: year };
  }
  let best = latest;
  for (const r of results) {
    if (r.index <= latestAt || !hasTag(r, `${lang}-weekday`) || tagValue(r, "dir") !== "bare") continue;
    if (futureClause(text, r.index, vocab)) continue;
    const ahead = (r.start.get("weekday")! - weekdayOf(latest) + 7) % 7;
    const day = addDays(latest, ahead);
    if (daysBetween(best, day) > 0) best = day;
  }
  return { day: best, notBefore: formatDay(best), value: formatDay(best) };
}
