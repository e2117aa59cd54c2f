/**
 * @module
 * Country names in every language i18n-iso-countries holds, found in running text and turned into
 * one token per country (`@ma` for "Maroc", "Marruecos", "Marokko", "المغرب"). Countries are what
 * coverage in different languages shares most reliably, and the names differ most between
 * languages. Inflected forms ("Turcji", "Turskoj") are caught by their stem when the name is long
 * enough for the stem to stay unambiguous.
 */
import { COUNTRY_NAMES } from "./country-names.data.js";

interface CountryIndex {
  /** First word key → names starting with it (as word-key lists, longest first) and their code. */
  readonly byFirst: Map<string, { words: string[]; code: string }[]>;
  /** Stem (key less its last two letters) of a long one-word name → code; ambiguous stems left out. */
  readonly byStem: Map<string, string>;
}

/** Shortest one-word key whose stem is used for inflected forms. */
const STEM_MIN = 6;
let index: CountryIndex | null = null;

function build(): CountryIndex {
  const byFirst = new Map<string, { words: string[]; code: string }[]>();
  const stems = new Map<string, Set<string>>();
  for (const line of COUNTRY_NAMES.split("\n")) {
    const colon = line.indexOf(":");
    const code = line.slice(0, colon).toLowerCase();
    for (const name of line.slice(colon + 1).split("|")) {
      const words = name.split(" ");
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, code });
      byFirst.set(words[0]!, list);
      if (words.length === 1 && name.length >= STEM_MIN) {
        const stem = name.slice(0, -2);
        const set = stems.get(stem) ?? new Set();
        set.add(code);
        stems.set(stem, set);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const byStem = new Map<string, string>();
  for (const [stem, codes] of stems) if (codes.size === 1) byStem.set(stem, [...codes][0]!);
  return { byFirst, byStem };
}

/**
 * Lower-case ISO codes of the countries named in a sequence of word keys, once per mention.
 * `inflected` allows stem matches, for languages that decline names ("w Turcji"); elsewhere a stem
 * match mostly finds people ("Albanese").
 */
export function countriesIn(keys: readonly string[], inflected = true): string[] {
  index ??= build();
  const out: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k.length < 4) continue;
    let hit: { words: string[]; code: string } | undefined;
    for (const cand of index.byFirst.get(k) ?? []) {
      if (cand.words.every((w, j) => keys[i + j] === w)) {
        hit = cand;
        break;
      }
    }
    if (hit) {
      out.push(hit.code);
      i += hit.words.length - 1;
      continue;
    }
    if (inflected && k.length >= STEM_MIN - 1) {
      const code = index.byStem.get(k.slice(0, -2)) ?? index.byStem.get(k.slice(0, -1));
      if (code) out.push(code);
    }
  }
  return out;
}
