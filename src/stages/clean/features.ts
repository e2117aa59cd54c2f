/**
 * @module
 * Per-line features of the learned body-vs-chrome classifier. They are meant to generalise across
 * outlets and languages: the shape of the line (length, shares of letters, digits, punctuation and
 * capitals, title case, a sentence end, a dateline), whether it reads like prose (pack function words), where it
 * stands (position in the page, distance from the densest body region), whether it recurs in other
 * articles of the same run, link-, clock- and date-like patterns, its neighbours' shape, and which
 * cue rule (if any) fired on it. The cue rules are features here, not verdicts.
 */
import { cues, derived } from "./cues.js";
import { readDateline } from "./dateline.js";
import { endsLikeSentence, wordCount } from "./lines.js";

/** Sparse features of one line: name → value (absent = 0). */
export type Features = Map<string, number>;

/** The function words of every pack ("yang", "the", "juga"), lower case. */
export const functionWords = (): Set<string> => cues().functionWords;
const fnWords = functionWords;

const URL_LIKE = /(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|co\.id|id|net|org|tv|co\.uk)\b(?:\/\S*)?/iu;
const CLOCK = /\b\d{1,2}[:.]\d{2}\b(?:\s*(?:[ap]\.?m\.?|wib|wita|wit|gmt|utc|[a-z]{2,4}t))?/iu;
const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b/u;
const monthDate = derived((c) => new RegExp(`\\b(?:\\d{1,2}\\s+${c.month}|${c.month}\\s+\\d{1,2})\\b`, "iu"));
/** A cheap test before the dateline grammar: a separator within the first words. */
const MAY_OPEN_DATELINE = /^[\p{L}\d(][^\n]{0,70}?(?:[-–—:|/]|\))/u;
const NAV_SYMBOLS = /[|›»«>•·]/u;

/** Shape of a line on its own: what its neighbours see of it too. */
interface Shape {
  readonly words: number;
  readonly bodyLike: boolean;
  readonly short: boolean;
  readonly cue: boolean;
}

function shapeOf(text: string, cue: string | null): Shape {
  const words = wordCount(text);
  return { words, bodyLike: words >= 10 && endsLikeSentence(text), short: words <= 4, cue: cue !== null };
}

const wordBucket = (n: number): string =>
  n <= 1 ? "1" : n <= 3 ? "2-3" : n <= 6 ? "4-6" : n <= 12 ? "7-12" : n <= 25 ? "13-25" : "26+";

/**
 * The densest run of body-like lines: the span that maximises body words minus a charge for every
 * line that does not read like body. Lines far from it are rarely body.
 */
export function densestRegion(shapes: readonly Shape[]): [number, number] {
  let best = -Infinity;
  let bestSpan: [number, number] = [0, shapes.length - 1];
  let sum = 0;
  let start = 0;
  shapes.forEach((s, i) => {
    // Chrome the cues already name (a caption, a related link) does not break the body's run.
    const v = s.bodyLike ? s.words : s.cue ? -1 : s.words >= 10 ? s.words / 3 : -3;
    if (sum <= 0) {
      sum = v;
      start = i;
    } else sum += v;
    if (sum > best) {
      best = sum;
      bestSpan = [start, i];
    }
  });
  return bestSpan;
}

const distBucket = (d: number): string => (d === 0 ? "0" : d <= 2 ? "1-2" : d <= 5 ? "3-5" : "6+");

export interface FeatureInput {
  /** The text each line is judged on (a glued stamp already cut off), by line index. */
  readonly texts: readonly string[];
  /** The cue rule that fired on each line (its reason), or null. */
  readonly cues: readonly (string | null)[];
  /** How many other articles of the same run hold each line; absent when the run is unknown. */
  readonly repeats?: readonly number[];
}

export function lineFeatures({ texts, cues, repeats }: FeatureInput): Features[] {
  const n = texts.length;
  const shapes = texts.map((t, i) => shapeOf(t, cues[i] ?? null));
  const [a, b] = densestRegion(shapes);
  // Lines printed twice in one page: a caption under its alt text, a headline in a teaser box.
  const seen = new Map<string, number>();
  const key = (t: string): string => t.toLowerCase().replace(/\s+/g, " ");
  for (const t of texts) seen.set(key(t), (seen.get(key(t)) ?? 0) + 1);
  return texts.map((text, i) => {
    const f: Features = new Map();
    const s = shapes[i]!;
    f.set("bias", 1);
    f.set(`words:${wordBucket(s.words)}`, 1);
    f.set("chars", Math.min(1, Math.log1p(text.length) / Math.log(1000)));
    const count = (re: RegExp): number => text.match(re)?.length ?? 0;
    const letters = count(/\p{L}/gu);
    const upper = count(/\p{Lu}/gu);
    const digits = count(/\p{N}/gu);
    const punct = count(/[^\p{L}\p{N}\s]/gu);
    const chars = Math.max(1, [...text].length);
    f.set("letters", letters / chars);
    f.set("digits", digits / chars);
    f.set("punct", punct / chars);
    f.set("upper", letters ? upper / letters : 0);
    const tokens = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (tokens.length > 0) {
      f.set("title-case", tokens.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length / tokens.length);
      const fn = tokens.filter((w) => fnWords().has(w.toLowerCase().replace(/[^\p{L}-]/gu, ""))).length;
      f.set("function-words", Math.min(1, (fn / tokens.length) * 3));
    }
    if (endsLikeSentence(text)) f.set("sentence-end", 1);
    // "JAKARTA, KOMPAS.com –", "WASHINGTON (AP) —": a dateline opens the story's first paragraph.
    if (s.words >= 6 && MAY_OPEN_DATELINE.test(text) && readDateline(text) !== null)
      f.set("opens-dateline", 1);
    if (/:$/.test(text)) f.set("ends-colon", 1);
    if (/^[^\p{L}\p{N}"“‘'(]/u.test(text)) f.set("starts-symbol", 1);
    if (/["“”]/u.test(text)) f.set("quote", 1);
    if (NAV_SYMBOLS.test(text)) f.set("nav-symbol", 1);
    if (/[@#©]/u.test(text)) f.set("at-hash", 1);
    if (URL_LIKE.test(text)) f.set("url-like", 1);
    if (CLOCK.test(text)) f.set("clock", 1);
    if (NUMERIC_DATE.test(text) || monthDate().test(text)) f.set("date-like", 1);
    // Position.
    f.set("position", n > 1 ? i / (n - 1) : 0);
    if (i < 3) f.set("top-3", 1);
    if (i >= n - 3) f.set("bottom-3", 1);
    const above = i < a ? a - i : 0;
    const below = i > b ? i - b : 0;
    if (above) f.set(`above-body:${distBucket(above)}`, 1);
    else if (below) f.set(`below-body:${distBucket(below)}`, 1);
    else f.set("in-body", 1);
    if (s.words >= 3 && (seen.get(key(text)) ?? 0) > 1) f.set("twice-in-page", 1);
    const rep = repeats?.[i] ?? 0;
    if (rep > 0) f.set("repeated", Math.min(1, rep / 2));
    // Cue rules.
    const cue = cues[i];
    if (cue) {
      f.set(`cue:${cue}`, 1);
      f.set("cue", 1);
    }
    // Neighbours.
    for (const [name, j] of [
      ["prev", i - 1],
      ["next", i + 1],
    ] as const) {
      const o = shapes[j];
      if (!o) {
        f.set(`${name}:none`, 1);
        continue;
      }
      if (o.bodyLike) f.set(`${name}:body-like`, 1);
      if (o.short) f.set(`${name}:short`, 1);
      if (o.cue) f.set(`${name}:cue`, 1);
    }
    if (s.short && (shapes[i - 1]?.short ?? true) && (shapes[i + 1]?.short ?? true)) f.set("short-run", 1);
    if (s.bodyLike && (shapes[i - 1]?.bodyLike || shapes[i + 1]?.bodyLike)) f.set("body-run", 1);
    return f;
  });
}
