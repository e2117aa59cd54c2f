/**
 * @module
 * One sentence → one claim candidate: its actors (person and organisation mentions, else runs of
 * capitalised words), the places it says something happened at (a place after a locative: "di
 * Vladivostok", "at Bole airport"), its dates, quantities and alignment keywords, and whether it
 * is hedged, background or attributed.
 */
import type { ClaimCandidate } from "../../core/doc/layers/claims.js";
import type { DateMention, Mention, Quote } from "../../core/doc/layers/index.js";
import type { Span } from "../../core/doc/span.js";
import { encodeQuantity, quantitiesOf, type WordToken } from "../../core/text/quantities.js";
import { conceptsOf, isWithinHypernyms, phraseConceptsOf } from "../../lang/base/concepts.js";
import { type Lexicon, WORD } from "./lexicon.js";
import { fold, modalityCues, modalityOf } from "./modality.js";

export interface SentenceContext {
  readonly text: string;
  readonly sentence: Span;
  readonly index: number;
  readonly mentions: readonly Mention[];
  readonly dates: readonly DateMention[];
  readonly quotes: readonly Quote[];
  /** True when the document has a mentions layer with anything in it. */
  readonly hasMentions: boolean;
  readonly lede: boolean;
  /** The article's language, for the bilingual concept lexicon. */
  readonly language: string | null;
}

const CAPITAL = /^\p{Lu}/u;

/** Word tokens of the sentence, offsets relative to the sentence start. */
export function tokensOf(s: string): WordToken[] {
  return [...s.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export function candidateOf(ctx: SentenceContext, lex: Lexicon): ClaimCandidate {
  const { sentence } = ctx;
  const s = sentence.text;
  const tokens = tokensOf(s);
  const inside = <T extends { start: number; end: number }>(xs: readonly T[]): T[] =>
    xs.filter((x) => x.start >= sentence.start && x.end <= sentence.end);
  const mentions = inside(ctx.mentions);
  const actors = ctx.hasMentions
    ? mentions.filter((m) => m.type === "person" || m.type === "organization").map((m) => m.canonical)
    : capitalRuns(tokens, lex).map((r) => r.text);
  const placeFound = placesOf(s, tokens, lex, mentions, sentence.start);
  const places: string[] = [];
  const placeSurfaces: string[] = [];
  for (const p of placeFound) {
    if (places.includes(p.canonical)) continue;
    places.push(p.canonical);
    placeSurfaces.push(p.surface);
  }
  const placeKeys = unique(placeFound.flatMap((p) => keywordsOf(tokensOf(p.surface), lex)));
  const found = quantitiesOf(s, tokens, lex).map((q) => countedAsPeople(q, tokens, ctx.language));
  const quantities = found.map(encodeQuantity);
  const roleOf = new Map<string, string | null>();
  const nounOf = new Map<string, string | null>();
  found.forEach((q, k) => {
    if (roleOf.has(quantities[k]!)) return;
    roleOf.set(quantities[k]!, roleOfAmount(q, tokens, lex, ctx.language));
    nounOf.set(quantities[k]!, q.unit === "#person" ? countedNounOf(q, tokens, ctx.language) : null);
  });
  const dates = inside(ctx.dates)
    .filter((d) => d.kind === "date")
    .map((d) => d.value);
  const quoted =
    inside(ctx.quotes).length > 0 ||
    ctx.quotes.some((q) => q.start <= sentence.start && q.end >= sentence.end);
  const cues = modalityCues(fold(s), lex.data, quoted);
  return {
    start: sentence.start,
    end: sentence.end,
    text: s,
    rule: "claims/sentence",
    slots: {
      actors: unique(actors),
      places,
      dates: unique(dates),
      quantities: unique(quantities),
      keywords: keywordsOf(tokens, lex),
    },
    hedged: cues.hedged,
    attributed: cues.attributed,
    background: cues.background,
    modality: modalityOf(cues),
    update: cues.update,
    quantityRoles: unique(quantities).map((q) => roleOf.get(q) ?? null),
    quantityNouns: unique(quantities).map((q) => nounOf.get(q) ?? null),
    concepts: conceptKeysOf(tokens, lex, ctx.language),
    lede: ctx.lede,
    position: ctx.index,
    placeSurfaces,
    placeKeys,
  };
}

/** Alignment keys: concept ids for known words and phrases, stems for the other content words. */
export function keywordsOf(tokens: readonly WordToken[], lex: Lexicon): string[] {
  const lower = tokens.map((t) => t.text.toLowerCase());
  const out: string[] = [];
  for (let i = 0; i < lower.length; i++) {
    const phrase = lex.phrases.find((p) => p.words.every((w, k) => lower[i + k] === w));
    if (phrase) {
      out.push(`#${phrase.concept}`);
      i += phrase.words.length - 1;
      continue;
    }
    // Acronyms ("AS", "UN", "TNI") name actors even when short or spelled like a function word.
    const raw = tokens[i]!.text;
    const key = /^\p{Lu}{2,5}$/u.test(raw) && !lex.words.has(lower[i]!) ? lower[i]! : lex.key(lower[i]!);
    if (key) out.push(key);
  }
  return unique(out);
}

/** Words either side of an amount searched for the event it counts. */
const ROLE_WINDOW = 5;

/**
 * The event an amount counts: the nearest event concept within a few words ("62 orang meninggal"
 * → ev:die, "79 injured" → ev:injure), so two different counts of people are told apart before
 * anyone calls them a contradiction. Null when no event word is near.
 */
function roleOfAmount(
  q: { start: number; end: number },
  tokens: readonly WordToken[],
  lex: Lexicon,
  language: string | null,
): string | null {
  if (!language) return null;
  const first = tokens.findIndex((t) => t.start >= q.start);
  const last = tokens.findLastIndex((t) => t.end <= q.end);
  if (first < 0) return null;
  for (let d = 1; d <= ROLE_WINDOW; d++) {
    for (const k of [Math.max(first, last) + d, first - d]) {
      const w = tokens[k]?.text;
      if (!w || lex.stop.has(w.toLowerCase())) continue;
      const event = conceptsOf(language, w).find((c) => c.startsWith("ev:"));
      if (event) return event;
    }
  }
  return null;
}

/** person.n.01, and the dead body and corpse: the dead are counted by their bodies ("11 jenazah"). */
/** WordNet "person": a count of people in no more particular noun. */
export const PERSON = "i35562";
export const BODIES: ReadonlySet<string> = new Set(["i64381", "i64385", "i64386"]);
const PEOPLE_SENSES = 2;
const BODY_SENSES = 3;
const HYPERNYM_DEPTH = 14;
const peopleMemo = new Map<string, boolean>();

/**
 * An amount of people in any words ("75 pendaki", "75 climbers", "11 bodies", "49 orang") takes
 * the one unit `#person`, so outlets that count the same people with different nouns, or in two
 * languages, agree on the unit: the noun counts people when one of its commonest WordNet senses
 * is a kind of person (or a dead body). Measures and things keep their unit.
 */
function countedAsPeople<Q extends { unit: string; start: number; end: number }>(
  q: Q,
  tokens: readonly WordToken[],
  language: string | null,
): Q {
  if (!language || q.unit.startsWith("#")) return q;
  const noun = tokens.findLast((t) => t.end <= q.end && t.start >= q.start && !/^\d/.test(t.text));
  return noun && countsPeople(language, noun.text) ? { ...q, unit: "#person" } : q;
}

/**
 * The commonest WordNet sense of the noun a count of people counts ("11 climbers", "11 pendaki" →
 * climber): with no event word near, it is what tells "75 passengers" from "6 crew members".
 */
function countedNounOf(
  q: { start: number; end: number },
  tokens: readonly WordToken[],
  language: string | null,
): string | null {
  if (!language) return null;
  const noun = tokens.findLast((t) => t.end <= q.end && t.start >= q.start && !/^\d/.test(t.text));
  if (!noun) return null;
  // The sense that makes it a person ("climber" is a plant too), so "pendaki" and "climbers" agree.
  const senses = conceptsOf(language, noun.text).filter((c) => /^i\d+$/.test(c));
  return (
    senses.slice(0, PEOPLE_SENSES).find(isPerson) ??
    senses.slice(0, BODY_SENSES).find((c) => BODIES.has(c)) ??
    null
  );
}

function isPerson(sense: string): boolean {
  return isWithinHypernyms(sense, PERSON, HYPERNYM_DEPTH - 1);
}

/** A counted noun that names a particular kind of person, or null for "people", "orang", "bodies". */
export function particularKind(noun: string | null | undefined): string | null {
  return noun && noun !== PERSON && !BODIES.has(noun) ? noun : null;
}

/** Steps up WordNet's hypernyms within which two senses of one kind meet ("pendaki" → climber). */
const KIND_DEPTH = 3;

/**
 * Whether two counted nouns (see `quantityNouns`) may count the same people: yes unless both
 * name a particular kind and neither kind is near the other ("1 infant", "1 woman"); "people",
 * "orang" and the senses of "body" name no kind apart.
 */
export function sameKindOfPeople(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = particularKind(a);
  const y = particularKind(b);
  if (!x || !y || x === y) return true;
  return isWithinHypernyms(x, y, KIND_DEPTH) || isWithinHypernyms(y, x, KIND_DEPTH);
}

function countsPeople(language: string, word: string): boolean {
  const key = `${language}:${word.toLowerCase()}`;
  let yes = peopleMemo.get(key);
  if (yes === undefined) {
    const senses = conceptsOf(language, word).filter((c) => /^i\d+$/.test(c));
    yes =
      senses.slice(0, BODY_SENSES).some((c) => BODIES.has(c)) ||
      senses.slice(0, PEOPLE_SENSES).some(isPerson);
    if (peopleMemo.size < 10_000) peopleMemo.set(key, yes);
  }
  return yes;
}

/** Senses of a word that count: WordNet lists the commonest first, and rare senses only add noise. */
const SENSES = 2;

/**
 * Language-neutral concept ids of the sentence's content words and multi-word terms, from the
 * bilingual lexicon (news-event ids first, then the word's commonest WordNet senses). Function
 * words and names are left out: names align through entities, and a capitalised word's WordNet
 * sense ("Bill", "May") is rarely what the sentence means.
 */
export function conceptKeysOf(tokens: readonly WordToken[], lex: Lexicon, language: string | null): string[] {
  if (!language) return [];
  const words = tokens.map((t) => t.text);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const phrase = phraseConceptsOf(language, words, i);
    if (phrase) {
      for (const c of phrase.concepts.slice(0, SENSES)) out.add(c);
      i += phrase.length - 1;
      continue;
    }
    const w = words[i]!;
    if (/^\d/.test(w) || lex.stop.has(w.toLowerCase()) || w.length < 3) continue;
    if (i > 0 && CAPITAL.test(w)) continue;
    const senses = conceptsOf(language, w);
    const events = senses.filter((c) => c.startsWith("ev:"));
    for (const c of events.length > 0 ? events : senses.slice(0, SENSES)) out.add(c);
  }
  return [...out];
}

/** Runs of capitalised words that do not open the sentence (or do, when longer than one word). */
function capitalRuns(tokens: readonly WordToken[], lex: Lexicon): WordToken[] {
  const runs: WordToken[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!CAPITAL.test(tokens[i]!.text) || lex.stop.has(tokens[i]!.text.toLowerCase())) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && CAPITAL.test(tokens[j + 1]!.text)) j += 1;
    if (i > 0 || j > i) {
      runs.push({
        text: tokens
          .slice(i, j + 1)
          .map((t) => t.text)
          .join(" "),
        start: tokens[i]!.start,
        end: tokens[j]!.end,
      });
    }
    i = j + 1;
  }
  return runs;
}

/** Capitalised runs right after a locative, preferring the place mention's canonical name. */
function placesOf(
  s: string,
  tokens: readonly WordToken[],
  lex: Lexicon,
  mentions: readonly Mention[],
  offset: number,
): { canonical: string; surface: string }[] {
  const locatives = new Set((lex.data.locatives ?? []).map((w) => w.toLowerCase()));
  const out: { canonical: string; surface: string }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!locatives.has(tokens[i]!.text.toLowerCase())) continue;
    let k = i + 1;
    // Skip an article or a lower-case classifier between the locative and the name ("the", "kota").
    while (k < tokens.length && k <= i + 2 && !CAPITAL.test(tokens[k]!.text) && !/^\d/.test(tokens[k]!.text))
      k += 1;
    if (k >= tokens.length || !CAPITAL.test(tokens[k]!.text) || k > i + 2) continue;
    if (lex.stop.has(tokens[k]!.text.toLowerCase())) continue;
    if (s.slice(tokens[i]!.end, tokens[k]!.start).match(/[,.;:()]/)) continue;
    let j = k;
    while (
      j + 1 < tokens.length &&
      CAPITAL.test(tokens[j + 1]!.text) &&
      !/[,.;:()]/.test(s.slice(tokens[j]!.end, tokens[j + 1]!.start))
    )
      j += 1;
    const start = offset + tokens[k]!.start;
    const m = mentions.find((x) => x.start <= start && x.end > start && x.type === "place");
    const surface = tokens
      .slice(k, j + 1)
      .map((t) => t.text)
      .join(" ");
    out.push({ canonical: m ? m.canonical : surface, surface });
    i = j;
  }
  return out;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
