/**
 * @module
 * The raw text as trimmed lines with their offsets, the unit cleaning decides on.
 */
export interface Line {
  /** Position among non-empty lines. */
  readonly index: number;
  /** Offsets of the trimmed text in the raw input. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function splitLines(raw: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const text = m[0].trim();
    if (!text) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ index: out.length, start, end: start + text.length, text });
  }
  return out;
}

export const wordCount = (s: string): number => (s.match(/\S+/g) ?? []).length;

/** Ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets. */
export const endsLikeSentence = (s: string): boolean => /[.!?…]["”’')\]]*$/u.test(s);
