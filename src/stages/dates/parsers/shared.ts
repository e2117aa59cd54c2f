/**
 * @module
 * Helpers shared by the stage's own chrono parsers: word-boundary checks (chrono runs a pattern on
 * the text left after earlier matches, so a look-behind cannot see the real previous character),
 * and results tagged `kabar/<rule>` so later steps know which parser made them and how to read them.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import type { Vocab } from "../vocab.js";

type Known = Parameters<ParsingContext["createParsingResult"]>[2];

/** Tag prefix marking a result made by this stage's parsers rather than chrono's. */
export const KABAR = "kabar/";

const WORD = /[\p{L}\p{N}]/u;

/** True when `[start, end)` of `text` is not glued to letters or digits on either side. */
export function atWordBoundary(text: string, start: number, end: number): boolean {
  return !WORD.test(text.charAt(start - 1)) && !WORD.test(text.charAt(end));
}

/**
 * A parser for a fixed pattern whose match must stand as whole words; `extract` gets the match
 * and its span `[start, end)` and may still refuse it.
 */
export function wordParser(
  pattern: RegExp,
  extract: (ctx: ParsingContext, m: RegExpMatchArray, start: number, end: number) => ParsingResult | null,
): Parser {
  return {
    pattern: () => pattern,
    extract: (ctx: ParsingContext, m: RegExpMatchArray) => {
      const start = m.index!;
      const end = start + m[0].length;
      return atWordBoundary(ctx.text, start, end) ? extract(ctx, m, start, end) : null;
    },
  };
}

/** Which way a modifier ("lalu", "next", "ini") points, as resolve.ts reads the `dir` tag. */
export function directionOf(v: Vocab): (modifier: string) => "last" | "next" | "this" {
  const lastRe = new RegExp(`^(?:${v.last})$`, "iu");
  const nextRe = new RegExp(`^(?:${v.next})$`, "iu");
  return (modifier) => (lastRe.test(modifier) ? "last" : nextRe.test(modifier) ? "next" : "this");
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
