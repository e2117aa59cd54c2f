/**
 * @module
 * Scoring of quotes against hand-annotated gold. A system quote matches a gold quote when both
 * have the same `direct` flag and their overlap is at least half of the longer span (one-to-one,
 * best overlap first). Speaker accuracy is over matched pairs: names are compared after
 * lowercasing, stripping accents and punctuation, and a match is equality, one name's words all
 * inside the other's ("Bahara Marpaung" ~ "AKBP Bahara Marpaung", "Peskov" ~ "Dmitry Peskov"),
 * or equality with one of the gold aliases the article itself defines ("Zulhas").
 */
import type { Quote } from "../../src/core/doc/layers/quotes.js";

export interface GoldQuote {
  readonly start: number;
  readonly end: number;
  readonly direct: boolean;
  readonly speaker: string;
  readonly aliases?: readonly string[];
  readonly text: string;
}

export interface GoldArticle {
  readonly source: string;
  readonly language: string;
  readonly text: string;
  readonly quotes: readonly GoldQuote[];
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  speakerRight: number;
  /** Mismatch notes for `--verbose`. */
  readonly notes: string[];
}

export const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, speakerRight: 0, notes: [] });

const words = (name: string): string[] =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);

/** True when a system speaker name denotes the gold speaker (see the module note). */
export function sameSpeaker(
  system: string | null | undefined,
  gold: string,
  aliases: readonly string[] = [],
): boolean {
  if (!system) return false;
  const s = words(system);
  if (s.length === 0) return false;
  return [gold, ...aliases].some((g) => {
    const w = words(g);
    if (w.length === 0) return false;
    const sIn = s.every((x) => w.includes(x));
    const gIn = w.every((x) => s.includes(x));
    return sIn || gIn;
  });
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Adds one article's counts to `t`. */
export function scoreArticle(gold: GoldArticle, system: readonly Quote[], t: Tally): void {
  const pairs: { g: number; s: number; ov: number }[] = [];
  gold.quotes.forEach((g, gi) => {
    system.forEach((s, si) => {
      if (s.direct !== g.direct) return;
      const ov = overlap(g, s);
      if (ov >= 0.5 * Math.max(g.end - g.start, s.end - s.start)) pairs.push({ g: gi, s: si, ov });
    });
  });
  pairs.sort((a, b) => b.ov - a.ov);
  const gUsed = new Set<number>();
  const sUsed = new Set<number>();
  for (const p of pairs) {
    if (gUsed.has(p.g) || sUsed.has(p.s)) continue;
    gUsed.add(p.g);
    sUsed.add(p.s);
    const g = gold.quotes[p.g]!;
    const s = system[p.s]!;
    t.tp += 1;
    if (sameSpeaker(s.speaker?.name, g.speaker, g.aliases)) t.speakerRight += 1;
    else
      t.notes.push(`speaker: ${JSON.stringify(s.speaker?.name ?? null)} for ${g.speaker} in ${clip(g.text)}`);
  }
  gold.quotes.forEach((g, i) => {
    if (gUsed.has(i)) return;
    t.fn += 1;
    t.notes.push(`missed ${g.direct ? "direct" : "indirect"}: ${clip(g.text)} (${g.speaker})`);
  });
  system.forEach((s, i) => {
    if (sUsed.has(i)) return;
    t.fp += 1;
    t.notes.push(
      `spurious ${s.direct ? "direct" : "indirect"} [${s.rule}]: ${clip(s.text)} (${s.speaker?.name ?? "-"})`,
    );
  });
}

const clip = (s: string): string => JSON.stringify(s.length > 80 ? `${s.slice(0, 77)}...` : s);
