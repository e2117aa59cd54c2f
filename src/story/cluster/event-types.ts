/**
 * @module
 * What kind of event an article reports, as the news-event concepts of the bilingual lexicon
 * (`ev:quake`, `ev:meet`, `ev:launch`, `ev:sentence`…) named by the words of its title and lead.
 * Two stories with the same leaders a week apart differ in exactly this: a summit is `ev:meet`, a
 * missile test `ev:launch`, a verdict `ev:sentence`. Verbs of reporting and stance ("said",
 * "confirmed", "warned") name no event of their own and are left out. Only languages the lexicon
 * covers count: for others it would read their words as English ("die" is an article in German).
 */
import { conceptsOf, isEventConcept } from "../../lang/base/concepts.js";
import type { TermVector } from "./features.js";

/** Concepts of saying and stance rather than of something happening. */
const REPORTING = new Set([
  "ev:say",
  "ev:report",
  "ev:announce",
  "ev:confirm",
  "ev:deny",
  "ev:ask",
  "ev:warn",
  "ev:plan",
  "ev:hold",
  "ev:support",
  "ev:criticize",
  "ev:accuse",
  "ev:reject",
  "ev:agree",
  "ev:threaten",
  "ev:identify",
  "ev:increase",
  "ev:decrease",
]);
const LEXICON_LANGUAGES = new Set(["id", "en"]);
/** The title names the event; its words count this many times a body word. */
const TITLE_WEIGHT = 2;

/** Event concept → weight for a title and its lead's content words, or an empty map. */
export function eventConcepts(
  titleWords: readonly string[],
  bodyWords: readonly string[],
  language: string | null,
): TermVector {
  const out: TermVector = new Map();
  if (!language || !LEXICON_LANGUAGES.has(language)) return out;
  const add = (words: readonly string[], weight: number): void => {
    for (const w of words) {
      for (const c of conceptsOf(language, w)) {
        if (!isEventConcept(c) || REPORTING.has(c)) continue;
        out.set(c, (out.get(c) ?? 0) + weight);
        break;
      }
    }
  };
  add(titleWords, TITLE_WEIGHT);
  add(bodyWords, 1);
  return out;
}

/** Cosine of two event-concept vectors (raw weights: the concept inventory is small). */
export function eventOverlap(a: TermVector, b: TermVector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [c, x] of a) {
    na += x * x;
    const y = b.get(c);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
