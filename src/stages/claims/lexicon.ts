/**
 * @module
 * The word machinery of claims, driven by a pack's {@link ClaimData}: a light affix stemmer, and a
 * lexicon that turns a sentence's words into alignment keys — a shared concept id (`#meet`) where
 * the concept table knows the word or phrase, the stem otherwise. Lexicons are built once per pack.
 */
import type { ClaimData, StemRules } from "../../lang/types/claims.js";

const VOWEL = /[aeiou]/;

/** Strips affixes by the pack's rules; returns the lower-cased word when it has none. */
export function stem(word: string, rules: StemRules | undefined): string {
  let w = word.toLowerCase();
  if (!rules) return w;
  for (let pass = 0; pass < 2; pass++) {
    const s = rules.suffixes.find((x) => w.endsWith(x) && w.length - x.length >= rules.minLength);
    if (!s) break;
    w = w.slice(0, -s.length);
  }
  if (rules.dropFinal && w.length > rules.minLength && w.endsWith(rules.dropFinal))
    w = w.slice(0, -rules.dropFinal.length);
  let stripped = false;
  for (let pass = 0; pass < 2; pass++) {
    const p = rules.prefixes.find((x) => w.startsWith(x) && w.length - x.length >= rules.minLength);
    if (!p) break;
    w = w.slice(p.length);
    stripped = true;
  }
  // Nasal prefixes swallow the base's first consonant (tembak → menembak); drop it on both sides.
  if (
    rules.foldInitial &&
    w.length > rules.minLength &&
    rules.foldInitial.includes(w[0]!) &&
    VOWEL.test(w[1]!)
  ) {
    w = w.slice(1);
  }
  return stripped || w.length > 0 ? w : word.toLowerCase();
}

export interface Lexicon {
  readonly data: ClaimData;
  readonly stop: ReadonlySet<string>;
  /** Multi-word entries of the concept table, longest first, as lower-cased word lists. */
  readonly phrases: readonly { readonly words: readonly string[]; readonly concept: string }[];
  /** Single-word entries by surface form and by stem. */
  readonly words: ReadonlyMap<string, string>;
  readonly stems: ReadonlyMap<string, string>;
  readonly events: ReadonlySet<string>;
  /** The key of one word (concept id with `#`, or stem), or null for function words. */
  key(word: string): string | null;
}

const cache = new WeakMap<ClaimData, Lexicon>();

/** Splits a phrase into lower-case words the way sentences are split. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w);
}

/** A word (letters, inner hyphens or apostrophes) or a number with inner separators. */
export const WORD = /\p{L}[\p{L}\p{M}'’-]*|\d+(?:[.,:]\d+)*/gu;

export function lexiconOf(data: ClaimData): Lexicon {
  const hit = cache.get(data);
  if (hit) return hit;
  // Hedges and reporting verbs say how a fact is told, not what it is: they are not alignment keys.
  const stop = new Set(
    [...data.stopWords, ...data.hedges, ...(data.attributionCues ?? [])]
      .filter((w) => !w.includes(" "))
      .map((w) => w.toLowerCase()),
  );
  const phrases: { words: string[]; concept: string }[] = [];
  const words = new Map<string, string>();
  const stems = new Map<string, string>();
  for (const [concept, entries] of Object.entries(data.concepts ?? {})) {
    for (const entry of entries) {
      const ws = wordsOf(entry);
      if (ws.length > 1) phrases.push({ words: ws, concept });
      else if (ws.length === 1) {
        if (!words.has(ws[0]!)) words.set(ws[0]!, concept);
        const st = stem(ws[0]!, data.stemming);
        if (!stems.has(st)) stems.set(st, concept);
      }
    }
  }
  phrases.sort((a, b) => b.words.length - a.words.length);
  const lex: Lexicon = {
    data,
    stop,
    phrases,
    words,
    stems,
    events: new Set(data.events ?? []),
    key(word: string): string | null {
      const w = word.toLowerCase();
      const direct = words.get(w);
      if (direct) return `#${direct}`;
      if (stop.has(w) || w.length < 3 || /^\d/.test(w)) return null;
      const st = stem(w, data.stemming);
      const viaStem = stems.get(st);
      return viaStem ? `#${viaStem}` : st;
    },
  };
  cache.set(data, lex);
  return lex;
}
