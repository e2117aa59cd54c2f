/**
 * @module
 * Reads a printed publication stamp ("6 September 2023, 07:05 WIB", "Sept. 12, 2023 at 5:01 p.m.
 * EDT", "12/09/2023 10:00", "02 Januari 2020 | 06:17:13 WIB") into ISO 8601 cut to what the stamp states. Numeric dates are read
 * day-first, as Indonesian and most non-US pages print them.
 */
import { cues } from "./cues.js";

const pad = (n: number): string => String(n).padStart(2, "0");

export function parseStamp(stamp: string): string | null {
  const s = stamp.toLowerCase();
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  const match = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ym = /^(?:\D*\s)?(\d{4})-(\d{2})(?![-\d])/.exec(s);
  if (!match && ym && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) return `${ym[1]}-${ym[2]}`;
  if (y === undefined) {
    const dm = /(\d{1,2})(?:\s+|-)([a-z]+)\.?(?:\s+|-)(\d{4})/.exec(s);
    const md = /([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s);
    const num = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s);
    if (dm && cues().months.has(dm[2]!))
      [d, m, y] = [Number(dm[1]), cues().months.get(dm[2]!)!, Number(dm[3])];
    else if (md && cues().months.has(md[1]!))
      [m, d, y] = [cues().months.get(md[1]!)!, Number(md[2]), Number(md[3])];
    else if (num) [d, m, y] = [Number(num[1]), Number(num[2]), Number(num[3])];
  }
  if (y === undefined || m === undefined || d === undefined || m < 1 || m > 12 || d < 1 || d > 31)
    return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  const time = /(?:^|[^\d/-])(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?![\d:.]\d)\s*([ap])?\.?m?\.?/i.exec(
    stamp.replace(/\d{4}-\d{2}-\d{2}/, ""),
  );
  if (!time) return day;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = time[3] === undefined ? null : Number(time[3]);
  if (time[4]?.toLowerCase() === "p" && hour < 12) hour += 12;
  if (time[4]?.toLowerCase() === "a" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || (second ?? 0) > 59) return day;
  const zone = [...stamp.slice(time.index).matchAll(/\b[A-Z]{2,4}\b/g)]
    .map((z) => z[0])
    .find((z) => cues().zones.has(z));
  // ISO 8601's "Z" after the time is UTC.
  const utc = /T\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z\b/u.test(stamp);
  const offset = zone ? cues().zones.get(zone) : utc ? "+00:00" : undefined;
  const seconds = second === null ? "" : `:${pad(second)}`;
  return `${day}T${pad(hour)}:${pad(minute)}${seconds}${offset ?? ""}`;
}
