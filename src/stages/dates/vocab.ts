/**
 * @module
 * Regular-expression pieces built once per language pack from its `dates` section, so parsers stay
 * language-neutral: the same weekday parser serves "Selasa (12/9/2023)" and "Tuesday (Sept 12)".
 */
import type { DateData } from "../../lang/types/dates.js";

export interface Vocab {
  readonly data: DateData;
  /** Alternation of every weekday name, longest first. */
  readonly weekday: string;
  readonly weekdayIndex: ReadonlyMap<string, number>;
  readonly month: string;
  readonly monthIndex: ReadonlyMap<string, number>;
  readonly dayNoun: string;
  readonly dayPart: string;
  readonly last: string;
  readonly next: string;
  readonly thisWord: string;
  readonly week: string;
  readonly unit: string;
  readonly number: string;
  readonly durationModifier: string;
  readonly ago: string;
  readonly yearCue: string;
  readonly preposition: string;
  readonly future: RegExp;
  readonly zone: string;
  readonly durationTail: string;
  readonly publishing: RegExp;
  readonly until: RegExp;
  readonly tenseBreaker: RegExp;
}

/** Escapes regex metacharacters and lets a space match any run of whitespace. */
export function alt(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return "(?!)";
  return sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");
}

const cache = new WeakMap<DateData, Vocab>();

export function vocabFor(data: DateData): Vocab {
  const hit = cache.get(data);
  if (hit) return hit;
  const weekdayIndex = new Map<string, number>();
  data.weekdays.forEach((names, i) => {
    for (const n of names) weekdayIndex.set(n, i);
  });
  const monthIndex = new Map<string, number>();
  data.months.forEach((names, i) => {
    for (const n of names) monthIndex.set(n, i + 1);
  });
  // Short weekday forms ("Tue") are too risky bare; keep names of four letters or more.
  const weekdayNames = [...weekdayIndex.keys()].filter(
    (n) => n.length >= 4 || data.weekdays.some((w) => w[0] === n),
  );
  for (const n of weekdayNames)
    if (n.includes("'")) weekdayIndex.set(n.replace("'", ""), weekdayIndex.get(n)!);
  const v: Vocab = {
    data,
    weekday: alt(weekdayNames.flatMap((n) => (n.includes("'") ? [n, n.replace("'", "")] : [n]))),
    weekdayIndex,
    month: alt([...monthIndex.keys()]),
    monthIndex,
    dayNoun: alt(data.dayNouns),
    dayPart: alt(data.dayParts),
    last: alt(data.lastWords),
    next: alt(data.nextWords),
    thisWord: alt(data.thisWords),
    week: alt(data.weekWords),
    unit: alt(Object.keys(data.units)),
    number: alt(Object.keys(data.numberWords)),
    durationModifier: alt(data.durationModifiers),
    ago: alt(data.agoWords),
    yearCue: alt(data.yearCues),
    preposition: alt(data.prepositions),
    future: new RegExp(`(?:^|[^\\p{L}])(?:${alt(data.futureCues)})(?![\\p{L}])`, "iu"),
    zone: alt(Object.keys(data.timeZones)),
    durationTail: alt(data.durationTails),
    publishing: new RegExp(`^\\s*,?\\s*(?:${alt(data.publishingVerbs)})(?![\\p{L}])`, "iu"),
    until: new RegExp(`(?:^|[^\\p{L}])(?:${alt(data.untilWords)})\\s+(?:${alt(data.dayNouns)}\\s+)?$`, "iu"),
    tenseBreaker: new RegExp(`(?:^|[^\\p{L}])(?:${alt(data.tenseBreakers)})(?![\\p{L}])`, "iu"),
  };
  cache.set(data, v);
  return v;
}

/** The weekday number (0 = Sunday) of a name as written, or undefined. */
export function weekdayNumber(v: Vocab, word: string): number | undefined {
  return v.weekdayIndex.get(word.toLowerCase());
}
