/**
 * @module
 * Builds the cleaned text from the lines cleaning keeps: pieces of the raw text joined by
 * paragraph breaks, with the offset map back to the raw input and the list of what was removed.
 */
import type { Removal } from "../../core/doc/document.js";
import { OffsetMap, type OffsetSegment } from "../../core/doc/offset-map.js";
import type { Verdict } from "./classify.js";
import type { Line } from "./lines.js";

const PARAGRAPH_BREAK = "\n\n";

export interface Piece {
  start: number;
  end: number;
}

/** The kept pieces of the raw text, and the removals with their raw offsets. */
export function keptPieces(
  raw: string,
  lines: readonly Line[],
  verdicts: readonly Verdict[],
): { kept: Piece[]; removed: Removal[] } {
  const removed: Removal[] = [];
  const kept: Piece[] = [];
  lines.forEach((line, i) => {
    const v = verdicts[i]!;
    if (v.kind === "drop") {
      removed.push({ text: line.text, reason: v.reason, start: line.start, end: line.end });
    } else if (v.kind === "strip") {
      const cut = line.start + v.length;
      removed.push({
        text: raw.slice(line.start, cut).trim(),
        reason: v.reason,
        start: line.start,
        end: cut,
      });
      const start = skipSpace(raw, cut, line.end);
      if (start < line.end) kept.push({ start, end: line.end });
    } else kept.push({ start: line.start, end: line.end });
  });
  return { kept, removed };
}

/** Cuts `length` characters off the front of a kept piece, recording the removal. */
export function cutFront(
  raw: string,
  piece: Piece,
  length: number,
  reason: string,
  removed: Removal[],
): void {
  const cut = piece.start + length;
  removed.push({ text: raw.slice(piece.start, cut).trim(), reason, start: piece.start, end: cut });
  piece.start = skipSpace(raw, cut, piece.end);
}

/** Cuts the last `length` characters off a kept piece, recording the removal. */
export function cutBack(raw: string, piece: Piece, length: number, reason: string, removed: Removal[]): void {
  const cut = piece.end - length;
  removed.push({ text: raw.slice(cut, piece.end).trim(), reason, start: cut, end: piece.end });
  let end = cut;
  while (end > piece.start && /\s/.test(raw[end - 1]!)) end--;
  piece.end = end;
}

export function joinPieces(raw: string, kept: readonly Piece[]): { text: string; offsets: OffsetMap } {
  const segments: OffsetSegment[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const piece of kept) {
    if (piece.end <= piece.start) continue;
    if (parts.length > 0) {
      parts.push(PARAGRAPH_BREAK);
      at += PARAGRAPH_BREAK.length;
    }
    segments.push({ cleanStart: at, rawStart: piece.start, length: piece.end - piece.start });
    parts.push(raw.slice(piece.start, piece.end));
    at += piece.end - piece.start;
  }
  return { text: parts.join(""), offsets: new OffsetMap(segments) };
}

function skipSpace(raw: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(raw[i]!)) i++;
  return i;
}
