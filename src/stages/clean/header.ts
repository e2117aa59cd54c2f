/**
 * @module
 * The header of a scraped page: what stands above the first body paragraph (a long line that ends
 * like a statement, or the line a dateline opens). In it, the title is the first headline-like
 * line; a line of names alone is the byline; short unpunctuated lines are section labels and
 * breadcrumbs.
 */
import type { Verdict } from "./classify.js";
import { readDateline } from "./dateline.js";
import { type Line, wordCount } from "./lines.js";

export interface Header {
  /** Indexes of header lines to drop, with their reason. */
  readonly drop: Map<number, string>;
  /** The title line's text, cleaned of leading symbols. */
  readonly title: string | null;
  readonly authors: string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();
const NAME = "\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}";
const NAMES_LINE = new RegExp(`^[-–—]?\\s*(${NAME}(?:\\s*(?:,|&|\\band\\b|\\bdan\\b)\\s*${NAME})*)$`, "u");
const BREADCRUMB = /[›»>|]|\s\/\s/;

/** Ends like a statement (a title may end with "?" but rarely with a period). */
const endsLikeStatement = (s: string): boolean => /[.!…]["”’')\]]*$/u.test(s) || /["”]$/u.test(s);

function bodyText(line: Line, verdict: Verdict): string | null {
  if (verdict.kind === "drop") return null;
  return verdict.kind === "strip" ? line.text.slice(verdict.length).trim() : line.text;
}

export function findHeader(
  lines: readonly Line[],
  verdicts: readonly Verdict[],
  knownTitle: string | null,
): Header {
  const drop = new Map<number, string>();
  const bodyAt = lines.findIndex((l, i) => {
    const text = bodyText(l, verdicts[i]!);
    return !!text && ((wordCount(text) >= 12 && endsLikeStatement(text)) || readDateline(text) !== null);
  });
  const end = bodyAt < 0 ? Math.min(lines.length, 3) : bodyAt;
  const candidates = lines.slice(0, end).filter((l) => verdicts[l.index]!.kind === "keep");
  let title: string | null = null;
  const authors: string[] = [];
  if (knownTitle) {
    for (const l of candidates) if (norm(l.text) === norm(knownTitle)) drop.set(l.index, "title");
  }
  for (const l of candidates) {
    if (drop.has(l.index)) continue;
    const text = l.text.replace(/^[^\p{L}\p{N}"“‘'(]+/u, "");
    const words = wordCount(text);
    const names = NAMES_LINE.exec(l.text);
    if (names && title !== null && words <= 14) {
      for (const n of names[1]!.split(/\s*(?:,|&|\band\b|\bdan\b)\s*/u)) if (n) authors.push(n.trim());
      drop.set(l.index, "byline");
    } else if (
      !knownTitle &&
      title === null &&
      words >= 3 &&
      words <= 30 &&
      !/[.:;,]$/.test(text) &&
      !BREADCRUMB.test(text)
    ) {
      title = text;
      drop.set(l.index, "title");
    } else if (words <= 4 && !endsLikeStatement(text)) {
      drop.set(l.index, "section-label");
    }
  }
  return { drop, title, authors };
}
