/**
 * @module
 * A "gazetteer-lite" learned from the training data only: for each lower-cased word seen at
 * least twice, which entity type it most often belongs to, how often it is inside an entity,
 * and how often it is written all lower-case (a capitalised word that is usually lower-case is
 * rarely a name). The trainer builds it per fold (jackknifing) so that training sentences never
 * see statistics from their own labels, which would teach the model to over-trust it.
 */
import { TAGGED_TYPES } from "./tags.js";

/**
 * `words`: lower-cased word key → code in [1, 255] (absent words: 0). `phrases`: key of a
 * multi-word entity name seen in training (2–5 lower-cased words) → its type index + 1.
 */
export interface Lexicon {
  readonly words: Map<number, number>;
  readonly phrases: Map<number, number>;
  /**
   * Word codes from a corpus the model is not trained on (Indonesian: lower-cased NERP news,
   * whose person/place labels still say which words are names); empty when there is none.
   */
  readonly external: Map<number, number>;
  /**
   * Word clusters derived from unlabelled text (exchange algorithm, see scripts/ner): word key →
   * `coarse * CLUSTER_STRIDE + fine`, each class id + 1 (0 = not clustered). Empty when none.
   */
  readonly clusters: Map<number, number>;
  /** Word key → bit mask of {@link GAZETTEER_BITS}: the one-word entries of maintained name lists. */
  readonly gazetteer: Map<number, number>;
  /** Multi-word entries of those lists: phrase key → type index + 1 (as `phrases`). */
  readonly gazetteerPhrases: Map<number, number>;
}

/** Which maintained list a word is a one-word entry of (see scripts/ner/gazetteer.ts). */
export const GAZETTEER_BITS = { country: 1, city: 2, company: 4, personName: 8 } as const;

/** A lexicon with nothing in it (a model trained without one tags with this). */
export const emptyLexicon = (): Lexicon => ({
  words: new Map(),
  phrases: new Map(),
  external: new Map(),
  clusters: new Map(),
  gazetteer: new Map(),
  gazetteerPhrases: new Map(),
});

/** Packing of a word's coarse and fine cluster ids in {@link Lexicon.clusters}. */
export const CLUSTER_STRIDE = 4096;

/** Longest phrase the lexicon records. */
export const MAX_PHRASE = 5;

/** Extends a phrase key by one word key. */
export const phraseStep = (acc: number, word: number): number =>
  // `| 0` keeps keys 32-bit: the model file stores them as Int32.
  (Math.imul(acc ^ word, 0x2c1b3c6d) + 0x165667b1) | 0;

/**
 * Marks lexicon phrases in a sentence (longest match first, left to right): per token 0, or
 * `type * 2 + 1` at a phrase start and `type * 2 + 2` inside one.
 */
export function matchPhrases(
  keys: Int32Array,
  offset: number,
  n: number,
  phrases: Map<number, number>,
): Int32Array {
  const out = new Int32Array(n);
  if (phrases.size === 0) return out;
  for (let i = 0; i < n; ) {
    let found = 0;
    let type = 0;
    let acc = phraseStep(0, keys[offset + i]!);
    for (let len = 2; len <= MAX_PHRASE && i + len <= n; len++) {
      acc = phraseStep(acc, keys[offset + i + len - 1]!);
      const t = phrases.get(acc);
      if (t !== undefined) {
        found = len;
        type = t - 1;
      }
    }
    if (found === 0) {
      i++;
      continue;
    }
    out[i] = type * 2 + 1;
    for (let k = 1; k < found; k++) out[i + k] = type * 2 + 2;
    i += found;
  }
  return out;
}

/** The key of a lower-cased word. */
export function wordKey(lower: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) h = Math.imul(h ^ lower.charCodeAt(i), 0x01000193);
  return h;
}

const bucket = (ratio: number): number => (ratio >= 0.9 ? 3 : ratio >= 0.5 ? 2 : ratio > 0.1 ? 1 : 0);

/** Builds a lexicon from tagged sentences (tags as strings, e.g. "B-person"). */
export function buildLexicon(
  sentences: Iterable<{ readonly tokens: readonly string[]; readonly tags: readonly string[] }>,
  minCount = 2,
): Lexicon {
  const phrases = new Map<number, number>();
  // Per word: total, lower-case occurrences, and per-type counts.
  const stats = new Map<number, Int32Array>();
  for (const { tokens, tags } of sentences) {
    // Multi-word entity names, keyed by their lower-cased words.
    for (let i = 0; i < tags.length; i++) {
      if (!tags[i]!.startsWith("B-")) continue;
      let end = i + 1;
      while (end < tags.length && tags[end]!.startsWith("I-")) end++;
      if (end - i < 2 || end - i > MAX_PHRASE) continue;
      let acc = 0;
      for (let k = i; k < end; k++) acc = phraseStep(acc, wordKey(tokens[k]!.toLowerCase()));
      const t = TAGGED_TYPES.indexOf(tags[i]!.slice(2) as (typeof TAGGED_TYPES)[number]);
      if (t >= 0) phrases.set(acc, t + 1);
    }
    tokens.forEach((w, i) => {
      const lower = w.toLowerCase();
      if (lower === w.toUpperCase()) return; // no letters: punctuation and numbers need no lexicon
      const key = wordKey(lower);
      let s = stats.get(key);
      if (!s) {
        s = new Int32Array(2 + TAGGED_TYPES.length);
        stats.set(key, s);
      }
      s[0]!++;
      if (w === lower && i > 0) s[1]!++;
      const tag = tags[i]!;
      if (tag !== "O") {
        const t = TAGGED_TYPES.indexOf(tag.slice(2) as (typeof TAGGED_TYPES)[number]);
        if (t >= 0) s[2 + t]!++;
      }
    });
  }
  const words = new Map<number, number>();
  for (const [key, s] of stats) {
    const total = s[0]!;
    if (total < minCount) continue;
    let best = 0;
    let entity = 0;
    for (let t = 0; t < TAGGED_TYPES.length; t++) {
      entity += s[2 + t]!;
      if (s[2 + t]! > s[2 + best]!) best = t;
    }
    const code = 1 + ((best * 4 + bucket(entity / total)) * 4 + bucket(s[1]! / total));
    words.set(key, code);
  }
  return { ...emptyLexicon(), words, phrases };
}
