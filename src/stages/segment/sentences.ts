/**
 * @module
 * Sentence boundaries: `Intl.Segmenter` per paragraph (it is slow on very long strings), then
 * repairs driven by the language pack: no break after a title, an initial or a listed
 * abbreviation, unless the abbreviation is one that may close a sentence ("AS.", "U.S.") and the
 * next sentence starts with a capital.
 */
import type { Paragraph, Sentence } from "../../core/doc/layers/index.js";
import type { SegmentData } from "../../lang/types/segment.js";

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let seg = segmenters.get(locale);
  if (!seg) {
    seg = new Intl.Segmenter(locale, { granularity: "sentence" });
    segmenters.set(locale, seg);
  }
  return seg;
}

/** Paragraphs: runs of text between newlines, trimmed. */
export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    out.push({ start, end: start + body.length, text: body, rule: "segment/line" });
  }
  return out;
}

const INITIAL = /(?:^|\s)\p{Lu}\.$/u;
const ABBREV_TAIL = /([\p{L}.]+)\.$/u;

export function findSentences(
  text: string,
  paragraphs: readonly Paragraph[],
  data: SegmentData,
  locale: string,
): Sentence[] {
  const abbreviations = new Set(data.abbreviations.map((a) => a.toLowerCase()));
  const finals = new Set(data.sentenceFinalAbbreviations.map((a) => a.toLowerCase()));
  const out: Sentence[] = [];
  const segmenter = segmenterFor(locale);
  for (const para of paragraphs) {
    const pieces: { start: number; end: number }[] = [];
    for (const { segment, index } of segmenter.segment(para.text)) {
      const body = segment.trimEnd();
      if (!body.trim()) continue;
      const lead = body.length - body.trimStart().length;
      pieces.push({ start: para.start + index + lead, end: para.start + index + body.length });
    }
    // Join a piece to the next when its last word is an abbreviation or initial.
    const joined: { start: number; end: number }[] = [];
    for (const piece of pieces) {
      const prev = joined[joined.length - 1];
      if (
        prev &&
        !endsSentence(
          text.slice(prev.start, prev.end),
          text.slice(piece.start, piece.end),
          abbreviations,
          finals,
        )
      ) {
        prev.end = piece.end;
      } else joined.push({ ...piece });
    }
    for (const s of joined)
      out.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), rule: "segment/intl" });
  }
  return out;
}

function endsSentence(
  sentence: string,
  next: string,
  abbreviations: Set<string>,
  finals: Set<string>,
): boolean {
  if (!sentence.endsWith(".")) return true;
  const word = ABBREV_TAIL.exec(sentence)?.[1]?.toLowerCase();
  if (word && finals.has(word)) return /^["“'‘(]?\p{Lu}/u.test(next);
  if (INITIAL.test(sentence)) return false;
  if (word && abbreviations.has(word)) return false;
  // A number followed by a period inside a date or a list ("1." then a lower-case word).
  if (/^\p{Ll}/u.test(next)) return false;
  return true;
}
