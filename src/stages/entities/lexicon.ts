/**
 * @module
 * The lexicon: every listed name (pack known names, countries, cities) as token sequences indexed
 * by their first word, matched longest-first with case rules: a form word written all in capitals
 * ("AS", "PBB") matches only the same capitals, so the Indonesian "AS" never fires on the English
 * "as"; a capitalised form word needs a capitalised text word (any case after that, so a dateline
 * "MOSKWA" still matches "Moskwa"); lower-case form words ("of", "dan") match in any case.
 */
import type { EntityType } from "../../core/doc/layers/mentions.js";
import { gazetteers } from "../../lang/base/gazetteers.js";
import type { KnownName } from "../../lang/types/entities.js";
import { tokenize } from "../segment/tokens.js";
import { WEIGHT } from "./candidate.js";
import { isAllCaps, isCapitalised } from "./names.js";

export interface LexiconEntry {
  readonly words: readonly string[];
  readonly lower: readonly string[];
  readonly canonical: string;
  readonly type: EntityType;
  readonly weight: number;
  readonly rule: string;
}

export interface LexiconMatch {
  readonly length: number;
  readonly entry: LexiconEntry;
}

export class Lexicon {
  private readonly byFirst = new Map<string, LexiconEntry[]>();
  private readonly byForm = new Map<string, LexiconEntry>();

  add(form: string, canonical: string, type: EntityType, weight: number, rule: string): void {
    const words = tokenize(form).map((t) => t.text);
    if (words.length === 0) return;
    const lower = words.map((w) => w.toLowerCase());
    // The exact-case key keeps "AS" (a form) apart from "As" while one entry per form survives.
    const key = words.map((w) => (isAllCaps(w) ? w : w.toLowerCase())).join(" ");
    const prev = this.byForm.get(key);
    if (prev && prev.weight >= weight) return;
    const entry: LexiconEntry = { words, lower, canonical, type, weight, rule };
    this.byForm.set(key, entry);
    const list = (this.byFirst.get(lower[0]!) ?? []).filter((e) => e !== prev);
    list.push(entry);
    list.sort((a, b) => b.words.length - a.words.length || b.weight - a.weight);
    this.byFirst.set(lower[0]!, list);
  }

  /** The longest entry matching the tokens from `i` on, if any. */
  matchAt(words: readonly string[], lower: readonly string[], i: number): LexiconMatch | undefined {
    const options = this.byFirst.get(lower[i] ?? "");
    if (options) {
      for (const entry of options) {
        if (entry.words.every((w, k) => wordMatches(w, entry.lower[k]!, words[i + k], lower[i + k]))) {
          return { length: entry.words.length, entry };
        }
      }
    }
    return this.splitPlaceAt(words, lower, i);
  }

  /**
   * A one-word place written as two capitalised words: Indonesian place names are printed both
   * joined and split ("Pangkalpinang" / "Pangkal Pinang", "Tanjungpinang" / "Tanjung Pinang").
   */
  private splitPlaceAt(
    words: readonly string[],
    lower: readonly string[],
    i: number,
  ): LexiconMatch | undefined {
    const a = words[i];
    const b = words[i + 1];
    if (!a || !b || !isCapitalised(a) || !isCapitalised(b) || isAllCaps(a) || isAllCaps(b)) return undefined;
    const joined = this.byFirst.get(lower[i]! + lower[i + 1]!);
    const entry = joined?.find(
      (e) => e.words.length === 1 && e.type === "place" && e.rule.startsWith("gazetteer"),
    );
    return entry ? { length: 2, entry } : undefined;
  }

  /** The entry for a listed form written exactly so (case rules as in matching). */
  lookup(form: string): LexiconEntry | undefined {
    const words = tokenize(form).map((t) => t.text);
    return this.matchAt(
      words,
      words.map((w) => w.toLowerCase()),
      0,
    )?.entry;
  }
}

function wordMatches(
  form: string,
  formLower: string,
  text: string | undefined,
  textLower: string | undefined,
) {
  if (text === undefined || textLower !== formLower) return false;
  if (isAllCaps(form) && form.length <= 6) return text === form;
  if (isCapitalised(form)) return isCapitalised(text);
  return true;
}

const cache = new Map<string, Lexicon>();

/**
 * The lexicon for a set of known-name lists (one per pack that applies), built once per key.
 * Countries and cities come from the committed gazetteers; known names outrank them.
 */
export function lexiconFor(key: string, knownLists: readonly (readonly KnownName[])[]): Lexicon {
  const hit = cache.get(key);
  if (hit) return hit;
  const lex = new Lexicon();
  const { countries, cities } = gazetteers();
  for (const c of cities) lex.add(c.name, c.name, "place", WEIGHT.city, "gazetteer-city");
  for (const c of countries) {
    for (const n of [c.name, ...c.names]) lex.add(n, c.name, "place", WEIGHT.country, "gazetteer-country");
  }
  for (const list of knownLists) {
    for (const k of list) {
      for (const form of [k.canonical, ...k.forms]) lex.add(form, k.canonical, k.type, WEIGHT.known, "known");
    }
  }
  cache.set(key, lex);
  return lex;
}
