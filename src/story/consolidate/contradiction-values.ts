/**
 * @module
 * How exactly a statement gives an amount, read from the words just before it: exact ("pukul
 * 01.45", "17 children"), approximate ("sekitar 100", "about 3am"), a lower bound ("at least 151",
 * "lebih dari 2.200"), an upper bound ("up to 40"), or, for a clock time, the moment a running
 * figure was taken ("hingga pukul 19.34", "as of 7:34 p.m.") rather than when something happened.
 * Two values disagree only beyond what their wording allows: "sekitar pukul 13.20" is 13:21, "about
 * 400" is not 500. The marker words come from the language packs (`claims.amountWording`).
 */
import { wordingPatterns } from "./amount-wording.js";

export type Bound = "exact" | "approx" | "atLeast" | "atMost" | "asOf";

export interface Reading {
  readonly lo: number;
  readonly hi: number;
  readonly unit: string;
  readonly bound: Bound;
}

const words = wordingPatterns;

/** How `text` words the amount `q` (see the module note). */
export function boundOf(text: string, q: { lo: number; hi: number; unit: string }): Bound {
  const at = positionOf(text, q);
  const { endsWith, mentions } = words();
  if (at < 0) return mentions("anywhere", text) ? "approx" : "exact";
  const before = text.slice(Math.max(0, at - 40), at);
  if (q.unit === "#clock" && endsWith("asOf", before)) return "asOf";
  if (endsWith("approx", before)) return "approx";
  if (endsWith("atLeast", before)) return "atLeast";
  if (endsWith("atMost", before)) return "atMost";
  return "exact";
}

/** Where the amount's number is written in `text`, or -1 (number words, converted units). */
export function positionOf(text: string, q: { lo: number; unit: string }): number {
  for (const form of writtenForms(q)) {
    const m = new RegExp(`(?<![\\d.,:])${form}(?![\\d])`).exec(text);
    if (m) return m.index;
  }
  return -1;
}

/** The ways a number (or a clock time) is written, as regular expressions, most specific first. */
function writtenForms(q: { lo: number; unit: string }): string[] {
  if (q.unit === "#clock") {
    const h = Math.floor(q.lo / 60);
    const m = String(q.lo % 60).padStart(2, "0");
    const h12 = h % 12 === 0 ? 12 : h % 12;
    const hours = [...new Set([String(h).padStart(2, "0"), String(h), String(h12)])];
    return [
      ...hours.map((x) => `${x}[.:]${m}`),
      ...(m === "00" ? [`${h12}(?=\\s*[ap]\\.?m)`, `${h12}(?=\\s*(?:WIB|WITA|WIT))`] : []),
    ];
  }
  if (!Number.isInteger(q.lo)) {
    const [int, dec] = String(q.lo).split(".");
    return [`${int}[.,]${dec}`];
  }
  const plain = String(q.lo);
  const grouped = plain.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return [...new Set([grouped, grouped.replace(/,/g, "\\."), plain])];
}

/** Time zones named after a clock time; anything else ("local time", "a.m.", nothing) is local. */
const ZONE =
  /^\s*(?:[ap]\.?m\.?\s*)?\(?\s*(wib|wita|wit|gmt|utc|kst|sgt|myt|jst|cet|cest|edt|est|pdt|pst|bst)\b/i;

/** The zone a clock time is given in ("01.45 WIB" → "wib"), or "local". */
export function zoneOf(text: string, q: { lo: number; unit: string }): string {
  const at = positionOf(text, q);
  if (at < 0) return "local";
  const after = text.slice(at).replace(/^[\d.:]+/, "");
  return ZONE.exec(after)?.[1]?.toLowerCase() ?? "local";
}

/** Minutes a wording allows a clock time to be off: "about 3am" is 02:40–03:20, "sekitar 01.50" is 01:46–01:54. */
function clockSlack(r: Reading): number {
  if (r.bound !== "approx") return 0;
  if (r.lo % 60 === 0) return 20;
  if (r.lo % 30 === 0) return 10;
  if (r.lo % 5 === 0) return 4;
  return 2;
}

/** How far an approximate count may be from the truth: half its rounding step, at least a tenth. */
function countSlack(v: number): number {
  let step = 1;
  while (v >= step * 10 && v % (step * 10) === 0) step *= 10;
  return Math.max(0.1 * Math.abs(v), step / 2);
}

/**
 * Whether two readings of one measured thing can both be true. A bound holds everything on its
 * side; an approximation its neighbourhood; two exact values only each other (or overlapping
 * ranges). An as-of clock time never disputes anything: it times a report, not the event.
 */
export function agree(a: Reading, b: Reading): boolean {
  if (a.unit !== b.unit) return true;
  if (a.bound === "asOf" || b.bound === "asOf") return true;
  if (a.unit === "#clock") {
    const slack = Math.max(clockSlack(a), clockSlack(b));
    return a.lo - slack <= b.hi && b.lo - slack <= a.hi;
  }
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    if (x.bound === "atLeast" && y.hi >= x.lo * 0.98) return true;
    if (x.bound === "atMost" && y.lo <= x.hi * 1.02) return true;
  }
  if (a.bound === "atLeast" || a.bound === "atMost" || b.bound === "atLeast" || b.bound === "atMost") {
    // A bound against a value on its wrong side: 30 countries against "at least 35".
    return false;
  }
  const slack = (r: Reading) => (r.bound === "approx" ? countSlack(r.lo) : 0);
  // Measures converted between units ("2.5 miles" is 4.023 km) keep a rounding margin of 2 %.
  const margin = a.unit.startsWith("#") && !EXACT_UNITS.has(a.unit) ? 0.02 * Math.max(a.hi, b.hi) : 0;
  // Two rough values agree within the rougher one's margin: "some 500" is not "around 400".
  const s = Math.max(slack(a), slack(b)) + margin;
  return a.lo - s <= b.hi && b.lo - s <= a.hi;
}

/** Units whose values outlets copy exactly: counts of things and people, ages. */
const EXACT_UNITS: ReadonlySet<string> = new Set(["#person", "#house", "#country", "#age"]);

/** A clock time as written in Indonesian and English reports alike: "01.45". */
export function showClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}.${String(minutes % 60).padStart(2, "0")}`;
}
