/**
 * @module
 * When the events an article reports happened, for the clusterer's time decay. Indonesian and
 * English go through the dates stage's tagger with their pack's calendar words; other languages
 * through chrono's own parser for that language (Spanish, French, German, Portuguese, Italian,
 * Dutch and the rest chrono ships), since a date written out in full ("28 de marzo de 2025") is
 * as good a clue as any name. Without a publication date only dates that state their year count:
 * a bare "6 février" could be any year. Dates after the publication day are plans, not events.
 */
import * as chrono from "chrono-node";
import { defaultPacks } from "../../lang/registry.js";
import { parseDay, toUtc } from "../../stages/dates/calendar.js";
import { tagDates } from "../../stages/dates/tagger.js";

/** chrono's parsers for languages without a pack, by primary language code. */
const CHRONO_LOCALES: Readonly<Record<string, chrono.Chrono>> = {
  de: chrono.de.casual,
  es: chrono.es.casual,
  fr: chrono.fr.casual,
  it: chrono.it.casual,
  nl: chrono.nl.casual,
  pt: chrono.pt.casual,
  sv: chrono.sv.casual,
  fi: chrono.fi.casual,
  uk: chrono.uk.casual,
  ru: chrono.ru.casual,
  ja: chrono.ja.casual,
  zh: chrono.zh.casual,
  vi: chrono.vi.casual,
};

const DAY = 86_400_000;
/** Any fixed instant for a text without a publication date: values that need one are dropped. */
const PLACEHOLDER = new Date(Date.UTC(2000, 0, 1, 12));
/** How far past the publication day a date may lie and still be the event (time zones, overnight). */
const SLACK = 2 * DAY;

/** Event times (ms since the epoch, noon UTC of the day) named in a text, in text order. */
export function eventTimes(text: string, language: string | null, published: string | null): number[] {
  const code = language?.toLowerCase().split("-")[0] ?? "";
  const ref = parseDay(published && published.length >= 10 ? published.slice(0, 10) : null);
  const limit = ref ? toUtc(ref).getTime() + SLACK : Number.POSITIVE_INFINITY;
  const out: number[] = [];
  if (code === "id" || code === "en") {
    for (const d of tagDates(text, defaultPacks.get(code).dates, code, ref)) {
      if (d.kind !== "date" || d.future || d.bound === "end") continue;
      if (d.precision !== "day" && d.precision !== "minute") continue;
      const day = parseDay(d.value.slice(0, 10));
      if (!day) continue;
      const t = toUtc(day).getTime();
      if (t <= limit) out.push(t);
    }
    return out;
  }
  const parser = CHRONO_LOCALES[code];
  if (!parser) return out;
  for (const r of parser.parse(text, { instant: ref ? toUtc(ref) : PLACEHOLDER, timezone: 0 })) {
    const c = r.start;
    const yearStated = c.isCertain("year") || (r.end?.isCertain("year") ?? false);
    if (!c.isCertain("month") || !c.isCertain("day")) continue;
    // Casual parsers mark "this Saturday" as fully certain against the placeholder instant: without
    // a publication date, only a date that writes its year out counts.
    if (!ref && !(yearStated && /\d{4}/.test(r.text))) continue;
    const t = Date.UTC(c.get("year")!, c.get("month")! - 1, c.get("day")!, 12);
    if (t <= limit) out.push(t);
  }
  return out;
}

/**
 * The time an article is compared by: its publication day when stated to the day; otherwise the
 * latest event it reports (within the stated month or year, when only those are known); otherwise
 * the coarse publication date; otherwise null.
 */
export function articleTime(
  published: number | null,
  precision: number,
  events: readonly number[],
): number | null {
  if (published !== null && precision >= 10) return published;
  let latest: number | null = null;
  for (const t of events) {
    if (published !== null && !samePeriod(t, published, precision)) continue;
    if (latest === null || t > latest) latest = t;
  }
  return latest ?? published;
}

/** Whether `t` falls in the year (precision 4) or month (7) that `published` stands for. */
function samePeriod(t: number, published: number, precision: number): boolean {
  const a = new Date(t);
  const b = new Date(published);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return false;
  return precision < 7 || a.getUTCMonth() === b.getUTCMonth();
}
