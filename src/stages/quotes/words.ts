/**
 * @module
 * Word-level view of a text region for the quotes stage: words with offsets and lowercase forms,
 * and matching of (possibly multi-word) cues against them. Quotes need only this much: the
 * segmenter's tokens also split punctuation, which the attribution rules read from the raw text.
 */

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}]|[\p{L}\p{N}]/gu;

/** The words of `text` between `from` and `to`. */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

/** A cue found at word index `index` covering `length` words. */
export interface CueHit {
  readonly index: number;
  readonly length: number;
  readonly cue: string;
}

/** Compiles cue phrases into word sequences, longest first so "demikian laporan" beats "laporan". */
export function compileCues(cues: readonly string[] | undefined): string[][] {
  return [...new Set(cues ?? [])]
    .map((c) => c.toLowerCase().split(/\s+/))
    .sort((a, b) => b.length - a.length);
}

/** The cue starting at word `i`, if any. */
export function cueAt(words: readonly Word[], i: number, cues: readonly string[][]): CueHit | undefined {
  for (const seq of cues) {
    if (seq.every((w, k) => words[i + k]?.lower === w))
      return { index: i, length: seq.length, cue: seq.join(" ") };
  }
  return undefined;
}

/** Every cue hit in `words`, left to right, without overlaps. */
export function findCues(words: readonly Word[], cues: readonly string[][]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = cueAt(words, i, cues);
    if (hit) {
      hits.push(hit);
      i += hit.length - 1;
    }
  }
  return hits;
}

/** True when only whitespace and the given punctuation lie between `from` and `to`. */
export function onlyPunct(text: string, from: number, to: number, punct = ",:;—–-"): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (!/\s/u.test(ch) && !punct.includes(ch)) return false;
  }
  return true;
}

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
