/**
 * @module
 * Numbers with their unit in one sentence: "tiga orang" → `3 #person`, "6,9 SR" → `6.9 #magnitude`,
 * "2.5 miles" → `4.023 #km`, "aged 11 to 17" → `11-17 #age`. Distances are brought to kilometres
 * and feet to metres so that outlets using different units compare. Clock times, years and day
 * numbers inside dates are not quantities. The encoded form is `lo[-hi] unit`; {@link parseQuantity}
 * reads it back.
 */

/**
 * What reading quantities needs of a language: its number words and separators, and a word → key
 * lookup that knows which keys are events. The claims stage's lexicon is one; declared here so that
 * this shared helper depends on no stage.
 */
export interface QuantityLexicon {
  readonly data: {
    readonly numberWords?: Readonly<Record<string, number>>;
    readonly decimalComma?: boolean;
    readonly classifiers?: readonly string[];
  };
  readonly events: ReadonlySet<string>;
  key(word: string): string | null;
}

export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Quantity {
  readonly lo: number;
  readonly hi: number;
  readonly unit: string;
  /** Offsets of the number (and its unit) in the sentence text. */
  readonly start: number;
  readonly end: number;
}

/** Unit conversions to a common unit: [factor, target]. */
const CONVERT: Readonly<Record<string, readonly [number, string]>> = {
  "#mile": [1.609, "#km"],
  "#meter": [0.001, "#km"],
  "#foot": [0.0003048, "#km"],
};

const RANGE_WORDS = new Set(["to", "-", "–", "hingga", "sampai", "and", "dan", "atau", "or"]);
/** Minutes within which two clock times agree. */
const CLOCK_SLACK = 10;
const TIME_MARKERS = new Set(["wib", "wita", "wit", "am", "pm", "a.m", "p.m", "gmt", "utc", "local"]);

/** Parses a number token by the pack's separator convention; null when it is not a number. */
export function parseNumber(token: string, lex: QuantityLexicon): number | null {
  const word = lex.data.numberWords?.[token.toLowerCase()];
  if (word !== undefined) return word;
  if (!/^\d/.test(token)) return null;
  const decimalComma = lex.data.decimalComma ?? false;
  const [group, decimal] = decimalComma ? [".", ","] : [",", "."];
  let t = token;
  // A group separator followed by exactly three digits groups thousands.
  const groupRe = new RegExp(`\\${group}(?=\\d{3}(?:\\D|$))`, "g");
  t = t.replace(groupRe, "");
  t = t.replace(decimal, ".");
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Finds the quantities of a sentence given its word tokens (offsets relative to `text`). */
export function quantitiesOf(text: string, tokens: readonly WordToken[], lex: QuantityLexicon): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    // "a.m." splits into "a" and "m": join them back for the marker.
    const split = /^[ap]$/i.test(tokens[i + 1]?.text ?? "") && tokens[i + 2]?.text.toLowerCase() === "m";
    const clock = clockOf(tok.text, split ? `${tokens[i + 1]!.text}.m` : tokens[i + 1]?.text);
    if (clock !== null) {
      out.push({
        lo: clock,
        hi: clock,
        unit: "#clock",
        start: tok.start,
        end: tokens[i + 1]?.end ?? tok.end,
      });
      continue;
    }
    const lo = parseNumber(tok.text, lex);
    if (lo === null) continue;
    const before = text[tok.start - 1] ?? " ";
    const after = text[tok.end] ?? " ";
    if (before === "/" || after === "/" || before === "-" || (before === "(" && after === ")")) continue;
    if (/[:]/.test(tok.text)) continue;
    if (/^\d{4}$/.test(tok.text) && lo >= 1800 && lo <= 2100) continue;
    let j = i + 1;
    let hi = lo;
    // A range: "11-16", "30 to 40", "antara 5 dan 7".
    const sep = tokens[j] ? text.slice(tok.end, tokens[j]!.start).trim() : "";
    const rangeWord = tokens[j] && RANGE_WORDS.has(tokens[j]!.text.toLowerCase()) ? tokens[j] : undefined;
    if (tokens[j] && (sep === "-" || sep === "–") && parseNumber(tokens[j]!.text, lex) !== null) {
      hi = parseNumber(tokens[j]!.text, lex)!;
      j += 1;
    } else if (rangeWord && tokens[j + 1] && /^\d/.test(tokens[j + 1]!.text)) {
      hi = parseNumber(tokens[j + 1]!.text, lex)!;
      j += 2;
    }
    const unit = unitOf(tokens, i, j, lex);
    if (!unit) continue;
    const [factor, target] = CONVERT[unit] ?? [1, unit];
    out.push({
      lo: round(Math.min(lo, hi) * factor),
      hi: round(Math.max(lo, hi) * factor),
      unit: target,
      start: tok.start,
      end: tokens[j]?.end ?? tok.end,
    });
    i = j - 1;
  }
  return out;
}

/**
 * A clock time as minutes after local midnight ("6:30 pm" → 1110, "03.00 WITA" → 180), or null.
 * Local clock only: outlets in different zones name the same moment differently, so zones are
 * not converted, and a time needs its marker (am/pm, a zone) to count.
 */
function clockOf(token: string, next: string | undefined): number | null {
  const marker = next?.toLowerCase().replace(/\.$/, "");
  if (!marker || !TIME_MARKERS.has(marker)) return null;
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(token);
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  if (h > 23 || min > 59 || (!m[2] && !/^(am|pm|a\.m|p\.m)$/.test(marker))) return null;
  if (/^p/.test(marker) && h < 12) h += 12;
  if (/^a/.test(marker) && h === 12) h = 0;
  return h * 60 + min;
}

/**
 * The unit: a thing-concept right after the number ("tiga orang", "2.5 miles"), else one right
 * before it ("magnitudo 6,9", "aged 11"), else the plain content word right after it ("500
 * firefighters"); event words ("mengguncang", "killed") are never units. Null when nothing fits.
 */
function unitOf(
  tokens: readonly WordToken[],
  first: number,
  next: number,
  lex: QuantityLexicon,
): string | null {
  const keyAt = (t: WordToken | undefined): string | null =>
    t && !/^\d/.test(t.text) && parseNumber(t.text, lex) === null ? lex.key(t.text) : null;
  const isThing = (k: string | null): boolean => !!k && k.startsWith("#") && !lex.events.has(k.slice(1));
  const after = keyAt(tokens[next]);
  if (after && isThing(after)) return after;
  // A classifier between number and noun ("223 unit rumah", "12 buah kapal") defers to the noun.
  const classifier = (lex.data.classifiers ?? []).includes(tokens[next]?.text.toLowerCase() ?? "");
  const second = classifier ? keyAt(tokens[next + 1]) : null;
  if (second && isThing(second)) return second;
  const capital = tokens[next] ? /^\p{Lu}\p{Ll}/u.test(tokens[next]!.text) : true;
  // A plain noun after the number counts it ("mencari 12 pendaki": pendaki, not the verb before).
  if (after && !after.startsWith("#") && !capital) return after;
  const before = /^\d/.test(tokens[first]!.text) ? keyAt(tokens[first - 1]) : null;
  return before && isThing(before) ? before : null;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function encodeQuantity(q: Pick<Quantity, "lo" | "hi" | "unit">): string {
  return `${q.lo === q.hi ? q.lo : `${q.lo}-${q.hi}`} ${q.unit}`;
}

export function parseQuantity(s: string): { lo: number; hi: number; unit: string } | null {
  const m = /^(-?[\d.]+)(?:-([\d.]+))? (.+)$/.exec(s);
  if (!m) return null;
  const lo = Number(m[1]);
  return { lo, hi: m[2] ? Number(m[2]) : lo, unit: m[3]! };
}

/**
 * Two amounts agree when one lies within the other's range ("35 m" within "30 to 40 m"; "100 to
 * 115 feet" within "30 to 40 metres"), allowing 2% for rounding and unit conversions. Ranges that
 * only nearly match ("11-16" and "11-17") therefore agree: reporting them would mostly be noise.
 */
export function sameAmount(
  a: { lo: number; hi: number; unit?: string },
  b: { lo: number; hi: number; unit?: string },
): boolean {
  // Clock times agree within ten minutes ("around 6:30" and "6:33").
  const slack = a.unit === "#clock" ? CLOCK_SLACK : 0.02 * Math.max(Math.abs(a.hi), Math.abs(b.hi), 1e-9);
  const within = (x: { lo: number; hi: number }, y: { lo: number; hi: number }): boolean =>
    x.lo >= y.lo - slack && x.hi <= y.hi + slack;
  return within(a, b) || within(b, a);
}
