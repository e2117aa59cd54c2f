/**
 * @module
 * People named in full once and by one part afterwards: "Putin" after "Vladimir Putin", "Kim"
 * after "Kim Jong Un". A lone part (a first or last word of a full name in the same document)
 * becomes a mention of the full name most recently named before it, or of the one named most
 * often when none came before; a different person sharing the part keeps their own name
 * ("Kim Taewoo" is a full name of its own and never a form of "Kim Jong Un"). Spelling variants of
 * one full name ("Kim Jong-un", "Kim Jong Un") take the most frequent spelling as canonical.
 */

import { isCapitalised, nameKey } from "../../../core/text/names.js";
import { type Candidate, WEIGHT } from "../candidate.js";
import { byPosition, clash, type Refiner } from "./env.js";

interface FullName {
  readonly canonical: string;
  /** Positions (sentence, token) of its full mentions, in order. */
  readonly at: { sentence: number; i: number }[];
}

export const resolveShortForms: Refiner = (candidates, env) => {
  const out = [...candidates].sort(byPosition);
  const fulls = new Map<string, FullName>();
  const spellings = new Map<string, Map<string, number>>();
  for (const c of out) {
    if (c.type !== "person" || !c.canonical.includes(" ")) continue;
    const key = nameKey(c.canonical);
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(c.canonical, (counts.get(c.canonical) ?? 0) + 1);
    spellings.set(key, counts);
    const f = fulls.get(key) ?? { canonical: c.canonical, at: [] };
    f.at.push({ sentence: c.sentence, i: c.i });
    fulls.set(key, f);
  }
  if (fulls.size === 0) return out;
  const spelled = (key: string) =>
    [...spellings.get(key)!.entries()].sort((a, b) => b[1] - a[1] || spacedFirst(a[0], b[0]))[0]![0];
  // part (as written) → keys of the full names it can stand for.
  const parts = new Map<string, string[]>();
  for (const key of fulls.keys()) {
    const words = spelled(key).split(" ");
    for (const part of new Set([words[0]!, words[words.length - 1]!])) {
      if (part.length < 3 || !isCapitalised(part)) continue;
      parts.set(part, [...(parts.get(part) ?? []), key]);
    }
  }
  const pick = (keys: readonly string[], sentence: number, i: number): string => {
    let best: string | undefined;
    let bestAt = -1;
    for (const key of keys) {
      for (const p of fulls.get(key)!.at) {
        const pos = p.sentence * 100_000 + p.i;
        if (pos < sentence * 100_000 + i && pos > bestAt) {
          bestAt = pos;
          best = key;
        }
      }
    }
    return best ?? [...keys].sort((a, b) => fulls.get(b)!.at.length - fulls.get(a)!.at.length)[0]!;
  };
  const result: Candidate[] = [];
  for (const c of out) {
    if (c.type === "person" && c.canonical.includes(" ")) {
      result.push({ ...c, canonical: spelled(nameKey(c.canonical)) });
      continue;
    }
    const keys = c.j - c.i === 1 && !c.listed ? parts.get(stripPossessive(c.canonical)) : undefined;
    result.push(keys ? { ...c, type: "person", canonical: spelled(pick(keys, c.sentence, c.i)) } : c);
  }
  for (const view of env.views) {
    view.words.forEach((word, i) => {
      const keys = parts.get(stripPossessive(word));
      if (!keys || besideName(view.words, i, env.ctx.nonNames)) return;
      const c: Candidate = {
        sentence: view.index,
        i,
        j: i + 1,
        type: "person",
        canonical: spelled(pick(keys, view.index, i)),
        rule: "short-form",
        weight: WEIGHT.tagger,
        listed: false,
      };
      if (!result.some((o) => clash(o, c))) result.push(c);
    });
  }
  return result.sort(byPosition);
};

function stripPossessive(word: string): string {
  return word.replace(/['’]s?$/, "");
}

/** Prefers "Kim Jong Un" over "Kim Jong-un" at equal counts: the spaced form is the romanisation standard. */
function spacedFirst(a: string, b: string): number {
  return Number(a.includes("-")) - Number(b.includes("-"));
}

/**
 * A part with a capitalised word right after it belongs to a longer name ("Kim" of "Kim Jong-un"),
 * unless that word is never a name ("Putin Selasa …").
 */
function besideName(words: readonly string[], i: number, nonNames: ReadonlySet<string>): boolean {
  const next = words[i + 1];
  return next !== undefined && isCapitalised(next) && /^\p{L}/u.test(next) && !nonNames.has(next);
}
