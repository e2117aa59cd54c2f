/**
 * @module
 * Plain calendar arithmetic on civil dates (year, month, day), done in UTC so the machine's time
 * zone can never shift a day. The stage reasons in the article's local calendar: a reference of
 * "2023-09-13" means that civil day wherever it was written.
 */

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export function toUtc(day: Ymd): Date {
  return new Date(Date.UTC(day.y, day.m - 1, day.d, 12));
}

export function fromUtc(date: Date): Ymd {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Ymd, n: number): Ymd {
  const t = toUtc(day);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Ymd): number {
  return toUtc(day).getUTCDay();
}

export function formatDay(day: Ymd): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO 8601 week ("2023-W37"): weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: Ymd): string {
  const t = toUtc(day);
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1, 12);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86400000);
}

export function isValidDay(day: Ymd): boolean {
  const back = fromUtc(toUtc(day));
  return back.y === day.y && back.m === day.m && back.d === day.d;
}

/**
 * The year that puts a yearless day/month nearest to the reference: news speaks of the recent past
 * or near future, so "(12/09)" written in January means last September only if that is closer.
 */
export function nearestYear(m: number, d: number, ref: Ymd): number {
  let best = ref.y;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const gap = Math.abs(daysBetween(ref, { y, m, d: Math.min(d, 28) }));
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

/** Parses the civil day at the start of an ISO 8601 value ("2023-09-06T07:05+07:00" → 2023-09-06). */
export function parseDay(iso: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day) ? day : null;
}
