/**
 * @module
 * Tokens: words (with inner hyphens, apostrophes and dots of abbreviations kept), numbers (with
 * their separators) and single punctuation marks. Each keeps its trailing whitespace.
 */
import type { Token } from "../../core/doc/layers/index.js";

const TOKEN =
  /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/]\p{N}+)*|\S/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    let wsEnd = end;
    while (wsEnd < to && /\s/.test(text[wsEnd]!)) wsEnd++;
    out.push({ start, end, text: text.slice(start, end), rule: "segment/token", ws: text.slice(end, wsEnd) });
  }
  return out;
}
