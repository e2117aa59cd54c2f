/**
 * @module
 * Turns an article into what the online clusterer compares: three term vectors (title, lead of the
 * body, entities), the event types it reports, and a time. Words are lower-cased, function words of
 * every language pack are dropped, and only the lead of the body counts, because news puts the event
 * first and long tails mostly add noise. Entities are what lets stories meet across languages: the
 * caller's canonical names, or capitalised word runs when it has none, stored under folded name keys
 * (src/story/cluster/names.ts) so "Marrakech", "Marrakesch" and "مراكش" meet, plus one token per
 * country the text names in any language (`@ma`). The time is the publication day, or for an
 * undated article the events its text dates (src/story/cluster/event-time.ts).
 */
import { articleTime, eventTimes } from "./event-time.js";
import { eventConcepts } from "./event-types.js";
import { hasCase, nameKey, skeleton } from "./names.js";
import { countriesIn } from "./places.js";
import { stopWordsFor } from "./stop-words.js";

/** Sparse term → weight vector. */
export type TermVector = Map<string, number>;

export interface ArticleFeatures {
  readonly title: TermVector;
  readonly body: TermVector;
  readonly entities: TermVector;
  /** News-event concepts of the title and lead (`ev:quake`…), empty outside the lexicon's languages. */
  readonly events: TermVector;
  /**
   * Skeleton tokens of words in scripts without capitals (Arabic and the like), where names cannot
   * be told from other words: the clusterer keeps those that other articles already use as names.
   */
  readonly weakNames: readonly string[];
  /**
   * The time the article is compared by (ms since the epoch): its publication day, or for an
   * undated or coarsely dated article the latest event it reports; null when neither is known.
   */
  readonly time: number | null;
  readonly language: string | null;
}

export interface FeatureInput {
  readonly title: string | null;
  readonly text: string;
  readonly language: string | null;
  readonly published: string | null;
  readonly entities?: readonly string[];
  /**
   * ISO dates of the events the article reports (the dates layer's non-future day mentions), when
   * the caller has them; otherwise they are read from the title and lead.
   */
  readonly eventDates?: readonly string[];
}

/** How many body tokens count: the lead carries the event. */
export const BODY_TOKENS = 300;
/** How many of them name the event type: the first sentences say what happened. */
const EVENT_TOKENS = 60;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const NAME = /\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|bin|binti|van|de|al))*/gu;

/** Lower-cased content words of a text, in order. */
export function words(
  text: string,
  limit = Number.POSITIVE_INFINITY,
  language: string | null = null,
): string[] {
  const stop = stopWordsFor(language);
  const out: string[] = [];
  for (const m of text.normalize("NFKC").matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (w.length < 2 || stop.has(w)) continue;
    // Short bare numbers (days, counts) are everywhere; years and larger figures discriminate.
    if (/^\d+$/.test(w) && w.length < 3) continue;
    out.push(w);
    if (out.length >= limit) break;
  }
  return out;
}

function countInto(vec: TermVector, terms: readonly string[], weight = 1): void {
  for (const t of terms) vec.set(t, (vec.get(t) ?? 0) + weight);
}

/** Sub-linear term frequency, so one repeated word does not dominate a vector. */
function damp(vec: TermVector): TermVector {
  for (const [t, n] of vec) vec.set(t, 1 + Math.log(n));
  return vec;
}

/**
 * Name tokens from capitalised word runs. A sentence's first word is capitalised anyway, so it
 * counts only when the text never writes it in lower case ("BPBD" stays, "Banjir" goes when the
 * text also says "banjir").
 */
export function nameTokens(text: string, limit = 2000, language: string | null = null): string[] {
  const stop = stopWordsFor(language);
  const out: string[] = [];
  const head = text.length > limit * 8 ? text.slice(0, limit * 8) : text;
  let lower: Set<string> | null = null;
  for (const m of head.matchAll(NAME)) {
    const start = m.index ?? 0;
    const before = head.slice(Math.max(0, start - 2), start);
    const atSentenceStart = start === 0 || /[.!?"“”\n]\s*$/.test(before);
    const parts = m[0].split(/\s+/);
    if (atSentenceStart) {
      lower ??= new Set(head.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}]*/gu) ?? []);
      if (lower.has(parts[0]!.toLowerCase())) parts.shift();
    }
    for (const part of parts) {
      // "Jong-un" and "Jong Un" are one spelling apart: hyphenated names count by their parts.
      for (const p of part.split(/[-‐'’]/)) {
        const w = p.toLowerCase();
        if (w.length < 3 || stop.has(w)) continue;
        out.push(w);
      }
    }
    if (out.length >= limit) break;
  }
  return out;
}

/** Languages that do not decline country names: an exact match is all that counts there. */
const UNINFLECTED = new Set(["id", "ms", "en", "es", "fr", "de", "pt", "it", "nl", "ca"]);

/** Weight of a name's consonant skeleton beside its key: it only has to bridge scripts. */
const SKELETON_WEIGHT = 0.5;
/** Shortest skeleton that is still a name rather than a syllable. */
const SKELETON_MIN = 3;

/** Adds a name word under its folded key and its skeleton ("~mrksh"). */
function addName(vec: TermVector, word: string, weight: number): void {
  const key = nameKey(word);
  if (key.length < 3) return;
  vec.set(key, (vec.get(key) ?? 0) + weight);
  const skel = skeleton(key);
  if (skel.length >= SKELETON_MIN) vec.set(`~${skel}`, (vec.get(`~${skel}`) ?? 0) + weight * SKELETON_WEIGHT);
}

/**
 * Entity tokens: the caller's canonical names (weighted double), names found in the text, and the
 * countries the text names in any language (`@ma`). Names are stored under their folded keys, so
 * spellings and scripts meet.
 */
function entityVector(input: FeatureInput, bodyLead: string): { vec: TermVector; weak: string[] } {
  const vec: TermVector = new Map();
  const stop = stopWordsFor(input.language);
  for (const name of input.entities ?? []) {
    for (const w of name.split(/[\s\-‐–—'’]+/)) if (w && !stop.has(w.toLowerCase())) addName(vec, w, 2);
  }
  const text = `${input.title ?? ""}\n${bodyLead}`;
  for (const w of nameTokens(text, 2000, input.language)) addName(vec, w, 1);
  const keys: string[] = [];
  const weak: string[] = [];
  for (const m of text.normalize("NFC").matchAll(WORD)) {
    const w = m[0];
    keys.push(nameKey(w));
    if (!hasCase(w) && !stop.has(w.toLowerCase())) {
      const skel = skeleton(nameKey(w));
      if (skel.length >= SKELETON_MIN) weak.push(`~${skel}`);
    }
  }
  const language = input.language?.toLowerCase().split("-")[0] ?? "";
  for (const code of countriesIn(keys, !UNINFLECTED.has(language)))
    vec.set(`@${code}`, (vec.get(`@${code}`) ?? 0) + 1);
  return { vec: damp(vec), weak };
}

/** Milliseconds since the epoch of an ISO date (any precision), or null. */
export function timeOf(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published.length === 4 ? `${published}-07-01` : published);
  return Number.isFinite(t) ? t : null;
}

/** Publication day, else the reported events' time (see {@link articleTime}). */
function timeFor(input: FeatureInput, lead: string): number | null {
  const published = timeOf(input.published);
  const precision = input.published?.length ?? 0;
  if (published !== null && precision >= 10) return published;
  const events = input.eventDates
    ? input.eventDates.map(timeOf).filter((t): t is number => t !== null)
    : eventTimes(`${input.title ?? ""}\n${lead}`, input.language, input.published);
  return articleTime(published, precision, events);
}

/** The vectors and time of one article. */
export function featuresOf(input: FeatureInput): ArticleFeatures {
  const leadChars = input.text.length > BODY_TOKENS * 12 ? input.text.slice(0, BODY_TOKENS * 12) : input.text;
  const titleWords = words(input.title ?? "", Number.POSITIVE_INFINITY, input.language);
  const bodyWords = words(leadChars, BODY_TOKENS, input.language);
  const title: TermVector = new Map();
  countInto(title, titleWords);
  const body: TermVector = new Map();
  countInto(body, bodyWords);
  const entities = entityVector(input, leadChars);
  const language = input.language ? input.language.toLowerCase().split("-")[0]! : null;
  return {
    title: damp(title),
    body: damp(body),
    entities: entities.vec,
    events: eventConcepts(titleWords, bodyWords.slice(0, EVENT_TOKENS), language),
    weakNames: entities.weak,
    time: timeFor(input, leadChars),
    language,
  };
}
