/**
 * @module
 * Helpers shared by the stage's own chrono parsers: word-boundary checks (chrono runs a pattern on
 * the text left after earlier matches, so a look-behind cannot see the real previous character),
 * and results tagged `kabar/<rule>` so later steps know which parser made them and how to read them.
 */
import type { ParsingContext, ParsingResult } from "chrono-node";

type Known = Parameters<ParsingContext["createParsingResult"]>[2];

/** Tag prefix marking a result made by this stage's parsers rather than chrono's. */
export const KABAR = "kabar/";

const WORD = /[\p{L}\p{N}]/u;

/** True when `[start, end)` of `text` is not glued to letters or digits on either side. */
export function atWordBoundary(text: string, start: number, end: number): boolean {
  return !WORD.test(text.charAt(start - 1)) && !WORD.test(text.charAt(end));
}

/** A result over `[start, end)` carrying the kabar rule tag and any extra tags (`kabar/key:value`). */
export function kabarResult(
  ctx: ParsingContext,
  start: number,
  end: number,
  known: Known,
  rule: string,
  extra: readonly string[] = [],
): ParsingResult {
  const result = ctx.createParsingResult(start, ctx.text.slice(start, end), known);
  result.addTag(`${KABAR}${rule}`);
  for (const t of extra) result.addTag(`${KABAR}${t}`);
  return result;
}

/** The value of a `kabar/key:value` tag on a result, if any. */
export function tagValue(result: { tags(): Set<string> }, key: string): string | undefined {
  for (const t of result.tags())
    if (t.startsWith(`${KABAR}${key}:`)) return t.slice(KABAR.length + key.length + 1);
  return undefined;
}

export function hasTag(result: { tags(): Set<string> }, rule: string): boolean {
  return result.tags().has(`${KABAR}${rule}`);
}

export function isKabar(result: { tags(): Set<string> }): boolean {
  for (const t of result.tags()) if (t.startsWith(KABAR)) return true;
  return false;
}

/** Two-digit years are this century's ("12/9/23" → 2023). */
export function fullYear(y: string | undefined): number | undefined {
  if (!y) return undefined;
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}
