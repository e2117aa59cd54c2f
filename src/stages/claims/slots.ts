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
import { type Lexicon, WORD } from "./lexicon.js";
import { encodeQuantity, quantitiesOf, type WordToken } from "./quantities.js";

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
  const quantities = quantitiesOf(s, tokens, lex).map(encodeQuantity);
  const dates = inside(ctx.dates)
    .filter((d) => d.kind === "date")
    .map((d) => d.value);
  const lower = ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .replace(/\s+/g, " ")} `;
  const has = (cues: readonly string[] | undefined): boolean =>
    (cues ?? []).some((c) => lower.includes(` ${c.toLowerCase()} `));
  const quoted =
    inside(ctx.quotes).length > 0 ||
    ctx.quotes.some((q) => q.start <= sentence.start && q.end >= sentence.end);
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
    hedged: has(lex.data.hedges),
    attributed: quoted || has(lex.data.attributionCues),
    background: has(lex.data.backgroundCues),
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
