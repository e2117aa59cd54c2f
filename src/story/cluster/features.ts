/**
 * @module
 * Turns an article into the three term vectors the online clusterer compares (title, lead of the
 * body, entities) and a publication time. Words are lower-cased, function words of every language
 * pack are dropped, and only the lead of the body counts, because news puts the event first and
 * long tails mostly add noise. Entities are what lets stories meet across languages: names such as
 * "Prabowo Subianto" or "Jakarta" are written the same in Indonesian and English, so when the
 * caller has no entity list, capitalised word runs stand in for one.
 */
import { defaultPacks } from "../../lang/registry.js";

/** Sparse term → weight vector. */
export type TermVector = Map<string, number>;

export interface ArticleFeatures {
  readonly title: TermVector;
  readonly body: TermVector;
  readonly entities: TermVector;
  /** Publication time in ms since the epoch, or null when unknown. */
  readonly time: number | null;
  readonly language: string | null;
}

export interface FeatureInput {
  readonly title: string | null;
  readonly text: string;
  readonly language: string | null;
  readonly published: string | null;
  readonly entities?: readonly string[];
}

/** How many body tokens count: the lead carries the event. */
export const BODY_TOKENS = 300;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const NAME = /\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|bin|binti|van|de|al))*/gu;

/** Extra function words and news chrome the claim stop lists do not carry. */
const EXTRA_STOP = `
the a an of to in on for and or is was were are be been has have had it its as at by with from that
this these those he she they we i you his her their our said says say will would could not but also
after before which who when where there yang dan di ke dari ini itu dengan untuk pada dalam akan
kata ujar ungkap jelas tersebut para pun bagi oleh saat kami kita ia dia mereka nya lah juga telah
sudah belum bisa dapat tak tidak monday tuesday wednesday thursday friday saturday sunday january
february march may june july august october december senin selasa rabu kamis jumat sabtu minggu
januari februari maret mei juni juli agustus oktober desember menurut reuters antara afp ap kompas
com baca news
`
  .trim()
  .split(/\s+/);

let stopSet: Set<string> | null = null;

/** Function words of every pack, built once. */
function stops(): Set<string> {
  if (stopSet) return stopSet;
  const set = new Set(EXTRA_STOP);
  for (const pack of defaultPacks.all()) for (const w of pack.claims.stopWords) set.add(w.toLowerCase());
  stopSet = set;
  return set;
}

/** Lower-cased content words of a text, in order. */
export function words(text: string, limit = Number.POSITIVE_INFINITY): string[] {
  const stop = stops();
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
export function nameTokens(text: string, limit = 2000): string[] {
  const stop = stops();
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
    for (const p of parts) {
      const w = p.toLowerCase();
      if (w.length < 3 || stop.has(w)) continue;
      out.push(w);
    }
    if (out.length >= limit) break;
  }
  return out;
}

/** Entity tokens: the caller's canonical names (weighted double) plus names found in the text. */
function entityVector(input: FeatureInput, bodyLead: string): TermVector {
  const vec: TermVector = new Map();
  for (const name of input.entities ?? []) {
    for (const w of words(name)) if (w.length >= 3) vec.set(w, (vec.get(w) ?? 0) + 2);
  }
  countInto(vec, nameTokens(`${input.title ?? ""}\n${bodyLead}`));
  return damp(vec);
}

/** Milliseconds since the epoch of an ISO date (any precision), or null. */
export function timeOf(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published.length === 4 ? `${published}-07-01` : published);
  return Number.isFinite(t) ? t : null;
}

/** The vectors and time of one article. */
export function featuresOf(input: FeatureInput): ArticleFeatures {
  const leadChars = input.text.length > BODY_TOKENS * 12 ? input.text.slice(0, BODY_TOKENS * 12) : input.text;
  const title: TermVector = new Map();
  countInto(title, words(input.title ?? ""));
  const body: TermVector = new Map();
  countInto(body, words(leadChars, BODY_TOKENS));
  return {
    title: damp(title),
    body: damp(body),
    entities: entityVector(input, leadChars),
    time: timeOf(input.published),
    language: input.language ? input.language.toLowerCase().split("-")[0]! : null,
  };
}
