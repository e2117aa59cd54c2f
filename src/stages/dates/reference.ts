/**
 * @module
 * Infers an article's reference day when its publication date is unknown: the latest explicit full
 * date in the text (one that names its year, outside a future-tense clause), pushed forward to the
 * next day matching a bare weekday mentioned after it, since a report of "Selasa (12/9/2023)" that
 * goes on to tell what happened "pada hari Rabu" was written on Wednesday at the earliest. The
 * result is a lower bound, never the machine clock; no explicit date means no inference.
 */
import type { DateData } from "../../lang/types/dates.js";
import { addDays, daysBetween, formatDay, isValidDay, weekdayOf, type Ymd } from "./calendar.js";
import { inferenceChronoFor } from "./chrono-setup.js";
import { hasTag, tagValue } from "./parsers/shared.js";
import { futureClause } from "./resolve.js";
import { vocabFor } from "./vocab.js";

export function inferReference(text: string, data: DateData, lang: string): Ymd | null {
  const vocab = vocabFor(data);
  const instant = new Date(Date.UTC(2000, 0, 1, 12));
  const results = inferenceChronoFor(data, lang).parse(text, { instant, timezone: 0 });
  let latest: Ymd | null = null;
  let latestAt = -1;
  for (const r of results) {
    const s = r.start;
    if (!(s.isCertain("day") && s.isCertain("month") && s.isCertain("year"))) continue;
    if (!/\d{4}|\/\d{2}\)/.test(r.text) || futureClause(text, r.index, vocab)) continue;
    const day = { y: s.get("year")!, m: s.get("month")!, d: s.get("day")! };
    if (!isValidDay(day)) continue;
    if (!latest || formatDay(day) > formatDay(latest)) latest = day;
    if (formatDay(day) === formatDay(latest)) latestAt = Math.max(latestAt, r.index);
  }
  if (!latest) return null;
  let best = latest;
  for (const r of results) {
    if (r.index <= latestAt || !hasTag(r, `${lang}-weekday`) || tagValue(r, "dir") !== "bare") continue;
    if (futureClause(text, r.index, vocab)) continue;
    const ahead = (r.start.get("weekday")! - weekdayOf(latest) + 7) % 7;
    const day = addDays(latest, ahead);
    if (daysBetween(best, day) > 0) best = day;
  }
  return best;
}
