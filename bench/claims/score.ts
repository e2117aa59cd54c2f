/**
 * @module
 * Scoring of claims against a hand-made gold story: claim alignment as pairwise precision/recall
 * over cross-article sentence pairs (two gold sentences of one fact group should share a claim;
 * any other cross-article pair a claim makes is a false positive), and contradictions matched by
 * their values (at least two gold values, each found in a distinct reported value with an article
 * in common).
 */
import { basename } from "node:path";
import type { ArticleDoc } from "../../src/core/doc/document.js";
import type { Contradiction, DossierClaim } from "../../src/core/dossier.js";
import { type Counts, counts } from "../harness.js";

export interface GoldStory {
  readonly story: string;
  readonly language: string;
  readonly sources: Readonly<Record<string, string>>;
  readonly groups: readonly {
    readonly fact: string;
    readonly members: readonly (readonly [string, string])[];
  }[];
  readonly contradictions: readonly {
    readonly topic: string;
    readonly slot?: string;
    readonly values: Readonly<Record<string, readonly string[]>>;
  }[];
}

export interface StoryScore {
  readonly pairs: Counts;
  readonly contra: Counts;
  /** Gold members whose fragment no claim candidate contains (left out of the pairs). */
  readonly unmatched: readonly string[];
  readonly falsePairs: readonly string[];
  readonly missedPairs: readonly string[];
}

const ws = (s: string): string => s.replace(/\s+/g, " ").trim();

/** `docs` in dossier order (a1, a2, …); file names are the sources' base names. */
export function scoreStory(
  gold: GoldStory,
  docs: readonly ArticleDoc[],
  claims: readonly DossierClaim[],
  contradictions: readonly Contradiction[],
): StoryScore {
  const fileOf = new Map(docs.map((d, i) => [`a${i + 1}`, basename(d.source)]));
  const docOf = new Map(docs.map((d) => [basename(d.source), d]));
  // Gold sentence id ("file:start") → group number.
  const groupOf = new Map<string, number>();
  const unmatched: string[] = [];
  gold.groups.forEach((g, n) => {
    for (const [file, fragment] of g.members) {
      const cand = docOf.get(file)?.layers.claims?.find((c) => ws(c.text).includes(ws(fragment)));
      if (cand) groupOf.set(`${file}:${cand.start}`, n);
      else unmatched.push(`${file}: ${fragment}`);
    }
  });
  const goldPairs = new Set<string>();
  const ids = [...groupOf.keys()];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!];
      if (a.split(":")[0] !== b.split(":")[0] && groupOf.get(a) === groupOf.get(b))
        goldPairs.add(pairKey(a, b));
    }
  }
  const predicted = new Set<string>();
  for (const c of claims) {
    const members = c.evidence.map((e) => `${fileOf.get(e.article)}:${e.start}`);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        if (members[i]!.split(":")[0] !== members[j]!.split(":")[0])
          predicted.add(pairKey(members[i]!, members[j]!));
      }
    }
  }
  const pairs = counts();
  const falsePairs: string[] = [];
  const missedPairs: string[] = [];
  const show = (k: string): string =>
    k
      .split("|")
      .map((id) => {
        const [file, start] = id.split(":");
        const c = docOf.get(file!)?.layers.claims?.find((x) => x.start === Number(start));
        return `${file}: ${ws(c?.text ?? "").slice(0, 70)}`;
      })
      .join("  <>  ");
  for (const p of predicted) {
    if (goldPairs.has(p)) pairs.tp += 1;
    else {
      pairs.fp += 1;
      falsePairs.push(show(p));
    }
  }
  for (const g of goldPairs) {
    if (!predicted.has(g)) {
      pairs.fn += 1;
      missedPairs.push(show(g));
    }
  }
  const contra = counts();
  const hits = new Set<number>();
  for (const c of contradictions) {
    const n = gold.contradictions.findIndex((g) => contradictionMatches(g.values, c, fileOf));
    if (n >= 0) {
      contra.tp += hits.has(n) ? 0 : 1;
      hits.add(n);
    } else contra.fp += 1;
  }
  contra.fn = gold.contradictions.length - hits.size;
  return { pairs, contra, unmatched, falsePairs, missedPairs };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function contradictionMatches(
  gold: Readonly<Record<string, readonly string[]>>,
  c: Contradiction,
  fileOf: ReadonlyMap<string, string>,
): boolean {
  const used = new Set<number>();
  let matched = 0;
  for (const [value, files] of Object.entries(gold)) {
    const k = c.values.findIndex(
      (v, i) =>
        !used.has(i) &&
        valueMatches(value, v.value) &&
        v.articles.some((a) => files.includes(fileOf.get(a) ?? "")),
    );
    if (k >= 0) {
      used.add(k);
      matched += 1;
    }
  }
  return matched >= 2;
}

/** A gold value ("6,9", "2|dua", "03.10|2020-12-01") against a reported one ("6.9 magnitude"). */
export function valueMatches(gold: string, reported: string): boolean {
  const r = reported.toLowerCase().replace(/(\d),(\d)/g, "$1.$2");
  const rNum = Number((/\d+(?:\.\d+)?/.exec(r) ?? [""])[0]);
  return gold.split("|").some((alt) => {
    const a = alt
      .toLowerCase()
      .replace(/(\d),(\d)/g, "$1.$2")
      .trim();
    if (/^\d+(\.\d+)?$/.test(a) && /^\d/.test(r)) {
      const n = Number(a);
      return Math.abs(n - rNum) <= 0.01 * Math.max(n, rNum);
    }
    return r.includes(a);
  });
}
