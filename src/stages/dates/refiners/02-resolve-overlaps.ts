/**
 * @module
 * Refiner 2: one expression per stretch of text. When two results overlap, the one that
 * contains the other wins ("Kamis, 14 September 2023" over "Kamis"); for equal or crossing extents
 * the stage's own parsers win, since they exist to fix chrono's readings of news idioms.
 */
import type { ParsingResult, Refiner } from "chrono-node";
import { isKabar } from "../parsers/shared.js";

const endOf = (r: ParsingResult): number => r.index + r.text.length;

function better(a: ParsingResult, b: ParsingResult): ParsingResult {
  const aContainsB = a.index <= b.index && endOf(b) <= endOf(a);
  const bContainsA = b.index <= a.index && endOf(a) <= endOf(b);
  if (aContainsB && !bContainsA) return a;
  if (bContainsA && !aContainsB) return b;
  if (isKabar(a) !== isKabar(b)) return isKabar(a) ? a : b;
  return b.text.length > a.text.length ? b : a;
}

export function resolveOverlapsRefiner(): Refiner {
  return {
    refine: (_ctx, results) => {
      const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
      const out: ParsingResult[] = [];
      for (const r of sorted) {
        const prev = out[out.length - 1];
        if (prev && r.index < endOf(prev)) out[out.length - 1] = better(prev, r);
        else out.push(r);
      }
      return out;
    },
  };
}
