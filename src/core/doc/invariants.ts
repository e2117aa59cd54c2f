/**
 * @module
 * Checks every stage test runs on its output: spans in bounds, surface text equal to the slice it
 * claims, layers sorted, tokens in order without overlap, sentences inside the text in order.
 */
import type { ArticleDoc } from "./document.js";
import type { LayerName } from "./layers/index.js";
import type { Span } from "./span.js";

/** Returns a list of violations; empty when the document is sound. */
export function checkInvariants(doc: ArticleDoc): string[] {
  const problems: string[] = [];
  for (const [name, items] of Object.entries(doc.layers) as [LayerName, readonly Span[]][]) {
    let prev: Span | undefined;
    items.forEach((span, i) => {
      const where = `${name}[${i}]`;
      if (!(span.start >= 0 && span.end <= doc.text.length && span.start <= span.end)) {
        problems.push(
          `${where}: [${span.start}, ${span.end}) out of bounds (text length ${doc.text.length})`,
        );
        return;
      }
      if (doc.text.slice(span.start, span.end) !== span.text) {
        problems.push(`${where}: text ${JSON.stringify(span.text)} does not match the slice`);
      }
      if (!span.rule) problems.push(`${where}: no rule recorded`);
      if (prev && prev.start > span.start) problems.push(`${where}: not sorted by start`);
      if (prev && (name === "tokens" || name === "sentences") && prev.end > span.start) {
        problems.push(`${where}: overlaps the previous ${name === "tokens" ? "token" : "sentence"}`);
      }
      prev = span;
    });
  }
  return problems;
}

/** Throws with every violation listed; for tests. */
export function assertInvariants(doc: ArticleDoc): void {
  const problems = checkInvariants(doc);
  if (problems.length > 0) throw new Error(`document ${doc.id} breaks invariants:\n${problems.join("\n")}`);
}
