/**
 * @module
 * Standoff spans: half-open `[start, end)` UTF-16 offsets into a document's cleaned text, the
 * surface text they cover, and the rule that made them (`stage/rule`), so every annotation can be
 * traced to the characters it came from and to the code that found it.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
  /** `text.slice(start, end)` of the document the span belongs to. */
  readonly text: string;
  /** Provenance: `<stage>/<rule>`, e.g. `dates/id-weekday-with-date`. */
  readonly rule: string;
}

/** Makes a span over `text`, taking its surface text from the source string. */
export function spanOf(text: string, start: number, end: number, rule: string): Span {
  return { start, end, text: text.slice(start, end), rule };
}

/** Orders spans by start, then longer first. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

export function overlaps(a: Pick<Span, "start" | "end">, b: Pick<Span, "start" | "end">): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Pick<Span, "start" | "end">, inner: Pick<Span, "start" | "end">): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
