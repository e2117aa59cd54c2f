/**
 * @module
 * The header of a scraped page: what stands above the body. The header ends at the first date
 * stamp near the top, or else at the first body paragraph (a long line that ends like a
 * sentence). In it, the title is the longest headline-like line; short unpunctuated lines are
 * section labels and breadcrumbs.
 */
import type { Verdict } from "./classify.js";
import { endsLikeSentence, type Line, wordCount } from "./lines.js";

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();

/** Maps the indexes of header lines to drop to their reason ("title", "section-label"). */
export function findHeader(
  lines: readonly Line[],
  verdicts: readonly Verdict[],
  knownTitle: string | null,
): Map<number, string> {
  const out = new Map<number, string>();
  const stampAt = verdicts.findIndex((v, i) => i < 8 && v.kind !== "keep" && v.reason === "date-stamp");
  const bodyAt = lines.findIndex(
    (l, i) => verdicts[i]!.kind === "keep" && wordCount(l.text) >= 12 && endsLikeSentence(l.text),
  );
  const end =
    stampAt >= 0 && (bodyAt < 0 || stampAt <= bodyAt + 1)
      ? stampAt
      : bodyAt < 0
        ? Math.min(lines.length, 3)
        : bodyAt;
  const candidates = lines.slice(0, end).filter((l) => verdicts[l.index]!.kind === "keep");
  if (knownTitle) {
    for (const l of candidates) if (norm(l.text) === norm(knownTitle)) out.set(l.index, "title");
  }
  const headline = knownTitle
    ? undefined
    : candidates
        .filter((l) => wordCount(l.text) >= 3 && wordCount(l.text) <= 30 && !/[.:;,]$/.test(l.text))
        .sort((a, b) => b.text.length - a.text.length)[0];
  if (headline) out.set(headline.index, "title");
  for (const l of candidates) {
    if (!out.has(l.index) && wordCount(l.text) <= 4 && !endsLikeSentence(l.text))
      out.set(l.index, "section-label");
  }
  return out;
}
