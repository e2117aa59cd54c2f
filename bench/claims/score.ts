/**
 * @module
 * Scoring of a story's claims and contradictions against its gold. Units are claim candidates
 * (the statements the claims stage extracted); a gold fragment is located in the cleaned text and
 * belongs to the candidate whose span holds it (a fragment no candidate holds still counts, as a
 * statement the system missed).
 *
 * - alignment P/R/F1: over cross-article pairs of statements; a pair is right when some gold fact
 *   lists both, predicted when some claim's evidence holds both;
 * - fact recall: a gold fact stated by two or more articles is found when one claim covers at
 *   least two thirds of those articles through statements of that fact;
 * - false support: the share of multi-article claims citing an article none of whose evidence in
 *   the claim states the claim's fact (the gold fact most of the claim's articles state);
 * - id–en pair recall: alignment recall over gold pairs whose two articles differ in language;
 * - contradictions: a reported contradiction is right when it matches a gold one by its values
 *   (each gold value found in a distinct reported value with an article in common); a false alarm
 *   is one whose opposite sides hold the two statements of a listed non-contradiction.
 */
import { basename } from "node:path";
import type { ArticleDoc } from "../../src/core/doc/document.js";
import type { Contradiction, DossierClaim } from "../../src/core/dossier.js";
import { type Counts, counts } from "../harness.js";
import type { GoldStory, Member } from "./corpus.js";

export interface StoryScore {
  readonly pairs: Counts;
  readonly crossLanguage: Counts;
  readonly facts: { found: number; total: number };
  readonly support: { falseClaims: number; multiClaims: number };
  readonly contra: Counts;
  readonly falseAlarms: number;
  readonly unmatched: readonly string[];
  readonly falsePairs: readonly string[];
  readonly missedPairs: readonly string[];
}

const ws = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Where `fragment` starts in `text`, ignoring differences in white space; -1 when absent. */
export function locate(text: string, fragment: string): number {
  const words = ws(fragment)
    .split(" ")
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0 || words[0] === "") return -1;
  return new RegExp(words.join("\\s+"), "u").exec(text)?.index ?? -1;
}

export function scoreStory(
  gold: GoldStory,
  docs: readonly ArticleDoc[],
  claims: readonly DossierClaim[],
  contradictions: readonly Contradiction[],
): StoryScore {
  const fileOf = new Map(docs.map((d, i) => [`a${i + 1}`, basename(d.source)]));
  const docOf = new Map(docs.map((d) => [basename(d.source), d]));
  const langOf = (file: string): string =>
    gold.languages?.[file] ?? docOf.get(file)?.meta.language ?? gold.language ?? "und";
  const { units, factsOf, unmatched } = goldStatements(gold, docs);
  const file = (u: string): string => u.slice(0, u.lastIndexOf(":"));
  const goldPairs = new Set<string>();
  for (const group of units) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (file(group[i]!) !== file(group[j]!)) goldPairs.add(pairKey(group[i]!, group[j]!));
      }
    }
  }
  const evidenceUnits = (c: DossierClaim): string[] => [
    ...new Set(c.evidence.map((e) => `${fileOf.get(e.article)}:${e.start}`)),
  ];
  const predicted = new Set<string>();
  for (const c of claims) {
    const us = evidenceUnits(c);
    for (let i = 0; i < us.length; i++) {
      for (let j = i + 1; j < us.length; j++) {
        if (file(us[i]!) !== file(us[j]!)) predicted.add(pairKey(us[i]!, us[j]!));
      }
    }
  }
  const pairs = counts();
  const crossLanguage = counts();
  const falsePairs: string[] = [];
  const missedPairs: string[] = [];
  const show = (k: string): string =>
    k
      .split("|")
      .map((u) => {
        const f = file(u);
        const start = Number(u.slice(f.length + 1));
        const c = docOf.get(f)?.layers.claims?.find((x) => x.start === start);
        return `${f}: ${ws(c?.text ?? u).slice(0, 70)}`;
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
    const [a, b] = g.split("|");
    const bilingual = langOf(file(a!)) !== langOf(file(b!));
    if (predicted.has(g)) {
      if (bilingual) crossLanguage.tp += 1;
      continue;
    }
    pairs.fn += 1;
    if (bilingual) crossLanguage.fn += 1;
    missedPairs.push(show(g));
  }
  // Fact recall.
  let found = 0;
  let total = 0;
  units.forEach((group, n) => {
    const stating = new Set(group.map(file));
    if (stating.size < 2) return;
    total += 1;
    const best = Math.max(
      0,
      ...claims.map(
        (c) =>
          new Set(
            evidenceUnits(c)
              .filter((u) => factsOf.get(u)?.has(n))
              .map(file),
          ).size,
      ),
    );
    if (best >= Math.ceil((2 / 3) * stating.size)) found += 1;
  });
  // False support.
  let falseClaims = 0;
  let multiClaims = 0;
  for (const c of claims) {
    if (c.articles.length < 2) continue;
    multiClaims += 1;
    const us = evidenceUnits(c);
    const votes = new Map<number, Set<string>>();
    for (const u of us)
      for (const n of factsOf.get(u) ?? []) votes.set(n, (votes.get(n) ?? new Set()).add(file(u)));
    const top = [...votes].sort((a, b) => b[1].size - a[1].size)[0];
    const supported = top ? top[1] : new Set<string>();
    if (c.articles.some((a) => !supported.has(fileOf.get(a) ?? ""))) falseClaims += 1;
  }
  // Contradictions.
  const contra = counts();
  const hits = new Set<number>();
  let falseAlarms = 0;
  for (const c of contradictions) {
    const n = gold.contradictions.findIndex((g) => contradictionMatches(g.values, c, fileOf));
    if (n >= 0) {
      contra.tp += hits.has(n) ? 0 : 1;
      hits.add(n);
      continue;
    }
    contra.fp += 1;
    if ((gold.nonContradictions ?? []).some((nc) => opposes(nc.members, c, docOf, fileOf))) falseAlarms += 1;
  }
  contra.fn = gold.contradictions.length - hits.size;
  return {
    pairs,
    crossLanguage,
    facts: { found, total },
    support: { falseClaims, multiClaims },
    contra,
    falseAlarms,
    unmatched,
    falsePairs,
    missedPairs,
  };
}

/**
 * Each gold member as the statement (`file:start` of the claim candidate holding its fragment, or
 * a missed one), by fact; and the facts each statement states.
 */
export function goldStatements(gold: GoldStory, docs: readonly ArticleDoc[]) {
  const docOf = new Map(docs.map((d) => [basename(d.source), d]));
  const unmatched: string[] = [];
  const unitOf = (member: Member, tag: string): string => {
    const [file, fragment] = member;
    const doc = docOf.get(file);
    const at = doc ? locate(doc.text, fragment) : -1;
    const cand = at >= 0 ? doc!.layers.claims?.find((c) => c.start <= at && at < c.end) : undefined;
    if (cand) return `${file}:${cand.start}`;
    unmatched.push(`${file}: ${fragment}${at < 0 ? " (not in the cleaned text)" : ""}`);
    return `${file}:missed-${tag}`;
  };
  const factsOf = new Map<string, Set<number>>();
  const units: string[][] = gold.groups.map((g, n) =>
    g.members.map((m, k) => {
      const u = unitOf(m, `${n}-${k}`);
      factsOf.set(u, (factsOf.get(u) ?? new Set()).add(n));
      return u;
    }),
  );
  return { units, factsOf, unmatched };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Whether the two statements of a non-contradiction stand on opposite sides of `c`. */
function opposes(
  members: readonly Member[],
  c: Contradiction,
  docOf: ReadonlyMap<string, ArticleDoc>,
  fileOf: ReadonlyMap<string, string>,
): boolean {
  const sideOf = (m: Member): number => {
    const doc = docOf.get(m[0]);
    const at = doc ? locate(doc.text, m[1]) : -1;
    if (at < 0) return -1;
    return c.values.findIndex((v) =>
      v.evidence.some((e) => fileOf.get(e.article) === m[0] && e.start <= at && at < e.end),
    );
  };
  const [a, b] = [sideOf(members[0]!), sideOf(members[1]!)];
  return a >= 0 && b >= 0 && a !== b;
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
