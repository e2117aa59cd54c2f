/**
 * @module
 * The lexicon: every listed name (pack known names, the outlet and agency directory, countries,
 * cities, facilities) as token sequences indexed
 * by their first word, matched longest-first with case rules: a form word written all in capitals
 * ("AS", "PBB") matches only the same capitals, so the Indonesian "AS" never fires on the English
 * "as"; a capitalised form word needs a capitalised text word (any case after that, so a dateline
 * "MOSKWA" still matches "Moskwa"); lower-case form words ("of", "dan") match in any case.
 */
import type { EntityType } from "../../core/doc/layers/mentions.js";
import { isAllCaps, isCapitalised } from "../../core/text/names.js";
import { AGENCIES } from "../../lang/base/agencies.js";
import { gazetteers } from "../../lang/base/gazetteers.js";
import { OUTLETS } from "../../lang/base/outlets.js";
import type { KnownName } from "../../lang/types/entities.js";
import { tokenize } from "../segment/tokens.js";
import { WEIGHT } from "./candidate.js";
import { facilities } from "./facilities.js";

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
    const list = this.byFirst.get(lower[0]!) ?? [];
    if (prev) list.splice(list.indexOf(prev), 1);
    list.push(entry);
    this.byFirst.set(lower[0]!, list);
    // Thousands of airports share "Bandara": sorting on every add would be quadratic, so the
    // lists are sorted once, before the first match.
    this.sorted = false;
  }

  private sorted = true;

  private sortLists(): void {
    for (const list of this.byFirst.values())
      list.sort((a, b) => b.words.length - a.words.length || b.weight - a.weight);
    this.sorted = true;
  }

  /** The longest entry matching the tokens from `i` on, if any. */
  matchAt(words: readonly string[], lower: readonly string[], i: number): LexiconMatch | undefined {
    if (!this.sorted) this.sortLists();
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
 * Countries, cities and facilities come from the committed lists; known names outrank them, and the
 * outlet and wire-agency directory outranks both: "RIA Novosti", "Reuters" or "Al Jazeera" is an
 * organisation wherever it is printed, never a person or a place.
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
  // Facilities (airports) by every printed form; each form carries its head word.
  for (const f of facilities()) {
    for (const form of [f.name, ...f.forms]) lex.add(form, f.name, "place", WEIGHT.known, "facility");
  }
  for (const a of AGENCIES) {
    for (const form of [a.name, ...a.aliases])
      lex.add(form, a.name, "organization", WEIGHT.known, "directory");
  }
  for (const o of OUTLETS) {
    for (const form of [o.name, ...o.aliases])
      lex.add(form, o.name, "organization", WEIGHT.known, "directory");
  }
  for (const list of knownLists) {
    for (const k of list) {
      for (const form of [k.canonical, ...k.forms]) lex.add(form, k.canonical, k.type, WEIGHT.known, "known");
    }
  }
  cache.set(key, lex);
  return lex;
}
