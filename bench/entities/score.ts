/**
 * @module
 * Scoring pieces of the entities-stage bench, kept apart from the corpus loading so they can be
 * tested: running text rebuilt from CoNLL sentences with gold spans in characters, exact-match
 * tallies, the corpus convention for bracketed short forms, and the gold type × predicted type
 * confusion over spans whose boundaries match.
 */

import type { ConllSentence } from "../../tools/ner/conll.js";
import { spans } from "../../tools/ner/conlleval.js";
import type { Counts } from "../harness.js";

/** Corpora without document breaks are cut into pseudo-articles of this many sentences. */
const CHUNK = 20;

export const TYPES = ["person", "organization", "place"] as const;

export interface GoldDoc {
  readonly text: string;
  /** `type:start:end` of every gold span, in characters. */
  readonly gold: Set<string>;
  /** Sentences as gold tokens with their character offsets, for the tagger-alone run. */
  readonly sentences: { tokens: string[]; starts: number[] }[];
}

/** A predicted mention as the scorer sees it. */
export interface Found {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** Rebuilds running text: tokens joined by spaces, sentences by newlines, gold spans in characters. */
export function goldDocs(sentences: readonly ConllSentence[]): GoldDoc[] {
  const groups: ConllSentence[][] = [];
  const chunked = sentences.every((x) => x.doc === sentences[0]!.doc);
  let last = -1;
  sentences.forEach((s, n) => {
    const key = chunked ? Math.floor(n / CHUNK) : s.doc;
    if (key !== last) groups.push([]);
    groups[groups.length - 1]!.push(s);
    last = key;
  });
  return groups.map((group) => {
    let text = "";
    const gold = new Set<string>();
    const sents: GoldDoc["sentences"] = [];
    for (const s of group) {
      const starts: number[] = [];
      const ends: number[] = [];
      s.tokens.forEach((t, k) => {
        if (k > 0) text += " ";
        starts.push(text.length);
        // idner-news-2k writes every number as "NUM"; running text has digits.
        text += t === "NUM" ? "7" : t;
        ends.push(text.length);
      });
      text += "\n";
      for (const sp of spans(s.tags)) gold.add(`${sp.type}:${starts[sp.start]}:${ends[sp.end - 1]}`);
      sents.push({ tokens: s.tokens, starts });
    }
    return { text, gold, sentences: sents };
  });
}

/**
 * The `type:start:end` keys of the scored mentions. With `bracketsApart` a mention printed with
 * its short form, "Fiji Labour Party ( FLP )", counts as the long name and the short form, as a
 * corpus that annotates them apart expects.
 */
export function foundKeys(found: readonly Found[], text: string, bracketsApart: boolean): Set<string> {
  const keys = new Set<string>();
  for (const m of found) {
    if (!(TYPES as readonly string[]).includes(m.type)) continue;
    const bracket = bracketsApart
      ? /^(.*?\S)\s*\(\s*(\S[^()]*?)\s*\)$/.exec(text.slice(m.start, m.end))
      : null;
    if (!bracket) {
      keys.add(`${m.type}:${m.start}:${m.end}`);
      continue;
    }
    keys.add(`${m.type}:${m.start}:${m.start + bracket[1]!.length}`);
    const inner = text.lastIndexOf(bracket[2]!, m.end);
    keys.add(`${m.type}:${inner}:${inner + bracket[2]!.length}`);
  }
  return keys;
}

export function tally(c: Counts, gold: ReadonlySet<string>, found: ReadonlySet<string>): void {
  for (const f of found) {
    if (gold.has(f)) c.tp += 1;
    else c.fp += 1;
  }
  for (const g of gold) if (!found.has(g)) c.fn += 1;
}

/** Gold type × predicted type; "none" is a span only one side has (a miss or a false alarm). */
export type Confusion = Map<string, Map<string, number>>;

/** Adds one document to the confusion: spans are paired when both boundaries match. */
export function confuse(into: Confusion, gold: ReadonlySet<string>, found: ReadonlySet<string>): void {
  const bySpan = (keys: ReadonlySet<string>) => {
    const m = new Map<string, string>();
    for (const k of keys) {
      const at = k.indexOf(":");
      m.set(k.slice(at + 1), k.slice(0, at));
    }
    return m;
  };
  const g = bySpan(gold);
  const f = bySpan(found);
  const add = (a: string, b: string) => {
    const row = into.get(a) ?? new Map<string, number>();
    row.set(b, (row.get(b) ?? 0) + 1);
    into.set(a, row);
  };
  for (const [span, type] of g) add(type, f.get(span) ?? "none");
  for (const [span, type] of f) if (!g.has(span)) add("none", type);
}

/** The confusion as aligned text lines: rows gold, columns predicted. */
export function confusionTable(c: Confusion): string[] {
  const labels = [...TYPES, "none"];
  const width = 13;
  const cell = (s: string) => s.padStart(width);
  const lines = [`${"gold \\ found".padEnd(width)}${labels.map(cell).join("")}`];
  for (const g of labels) {
    const row = c.get(g);
    lines.push(
      `${g.padEnd(width)}${labels.map((p) => cell(g === "none" && p === "none" ? "-" : String(row?.get(p) ?? 0))).join("")}`,
    );
  }
  return lines;
}
