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
    const prev = out.at(-1);
    // A paragraph the page hard-wrapped: the previous line stops mid-sentence and this one goes on
    // in lower case right below it ("… Organisasi Perangkat Daerah" / "(OPD) tersendiri, …").
    if (prev && continuesLine(raw, prev, start, text)) {
      const end = start + text.length;
      out[out.length - 1] = { ...prev, end, text: raw.slice(prev.start, end).replace(/\s*\n\s*/g, " ") };
      continue;
    }
    out.push({ index: out.length, start, end: start + text.length, text });
  }
  return out;
}

function continuesLine(raw: string, prev: Line, start: number, text: string): boolean {
  const words = prev.text.split(/\s+/);
  if (words.length < 5 || /[.!?…:;"”'’)\]]$/u.test(prev.text)) return false;
  // A headline in Title Case above a lower-case web name ("jpnn.com, JAKARTA - …") or a stamp above
  // a lower-case caption ("Rabu, 08 Nov 2023 14:31 WIB" / "ilustrasi …") is no paragraph.
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.8) return false;
  if (words.filter((w) => /^\p{Ll}/u.test(w)).length < 2) return false;
  // Right below, with no blank line between.
  if ((raw.slice(prev.end, start).match(/\n/g) ?? []).length !== 1) return false;
  return /^(?:\p{Ll}+[\s,]|\(\p{Lu}{2,}\)\s\p{Ll})/u.test(text) && wordCount(text) >= 2;
}

export const wordCount = (s: string): number => (s.match(/\S+/g) ?? []).length;

/** Ends like a sentence: terminal punctuation, possibly inside closing quotes or brackets. */
export const endsLikeSentence = (s: string): boolean => /[.!?…]["”’')\]]*$/u.test(s);
