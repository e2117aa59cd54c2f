/**
 * @module
 * The amount-wording markers of every registered language pack (`claims.amountWording`), joined
 * into the patterns the contradiction finder reads: a statement's language is not needed to see
 * "sekitar" or "about" just before its number, and one set serves a story in several languages.
 */

import { defaultPacks } from "../../lang/registry.js";
import type { AmountWording } from "../../lang/types/claims.js";

type Field = keyof AmountWording;

export interface WordingPatterns {
  /** The text before a number ends with a marker of this field (a clock word may stand between). */
  readonly endsWith: (field: Field, before: string) => boolean;
  /** The text contains a marker of this field as a whole word. */
  readonly mentions: (field: Field, text: string) => boolean;
  /** The first clause break after a count: a comma, semicolon, colon, bracket or a pack's `clauseBreaks` word. */
  readonly clauseBreak: RegExp;
}

const asPattern = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

function union(field: Field): string {
  const words = new Set<string>();
  for (const pack of defaultPacks.all())
    for (const w of pack.claims.amountWording?.[field] ?? []) words.add(w);
  // Longest first, so "kurang lebih" is tried before "lebih".
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(asPattern)
    .join("|");
}

let built: WordingPatterns | undefined;

/** The patterns, built once from the registered packs. */
export function wordingPatterns(): WordingPatterns {
  if (built) return built;
  const clock = union("clockWords");
  const ending = new Map<Field, RegExp>();
  const inside = new Map<Field, RegExp>();
  const pattern = (field: Field, map: Map<Field, RegExp>, make: (words: string) => RegExp): RegExp => {
    let re = map.get(field);
    if (!re) {
      const words = union(field);
      re = words ? make(words) : /(?!)/;
      map.set(field, re);
    }
    return re;
  };
  built = {
    endsWith: (field, before) =>
      pattern(
        field,
        ending,
        (w) => new RegExp(String.raw`(?:^|[^\p{L}])(?:${w})(?:\s+(?:${clock}))?\s*$`, "iu"),
      ).test(before),
    mentions: (field, text) =>
      pattern(field, inside, (w) => new RegExp(String.raw`(?:^|[^\p{L}])(?:${w})(?:$|[^\p{L}])`, "iu")).test(
        text,
      ),
    clauseBreak: new RegExp(String.raw`[,;:(]|\s(?:${union("clauseBreaks")})\s`, "i"),
  };
  return built;
}
