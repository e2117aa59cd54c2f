/**
 * @module
 * The independent origins behind each article: the wire agencies it credits, or the outlet itself
 * when it credits none (the source path when the outlet is unknown). Sources an article only cites
 * ("lapor RIA") are not origins. Articles that share long runs of the same sentences (syndicated
 * or near-duplicate copy, found with shingled word n-grams) share one origin: when one of them
 * credits agencies the group takes those agencies, otherwise the group counts as the origin of its
 * first article. Articles in one language that state the same rare figures and names in the same
 * order are copies too: a rewritten wire or press-release story keeps its numbers, its names and
 * the order of its facts when few runs of words survive the rewrite.
 */
import { basename } from "node:path";
import { layer } from "../../core/doc/document.js";
import { agencyAliases, agencyNamed } from "../../lang/base/agencies.js";
import { defaultPacks } from "../../lang/registry.js";
import type { Story } from "./story.js";

/** Word n-gram length of a shingle. */
const SHINGLE = 6;
/** Two sentences match when this share of the shorter one's shingles is in the other. */
const SENTENCE_CONTAINMENT = 0.6;
/** Articles are copies when they share this many matching sentences… */
const SHARED_SENTENCES = 2;
/** …or when this share of the shorter article's shingles is in the other. */
const ARTICLE_CONTAINMENT = 0.5;

/** Anchors (figures, names) two articles must share, weighted by rarity, to be one story's copies… */
const ANCHOR_CONTAINMENT = 0.6;
/** …in this share of their orders (pairwise concordance of first occurrences)… */
const ANCHOR_ORDER = 0.6;
/** …with at least this many anchors in common. */
const ANCHOR_COMMON = 8;
/** Each article is compared with the articles sharing one of its rarest anchors… */
const RAREST = 10;
/** …unless that many share it: an anchor of so many articles finds no copies, only cost. */
const MAX_POSTING = 64;

/** Maps each article key to its origins. */
export function originsOf(story: Story): Map<string, readonly string[]> {
  const own = new Map<string, readonly string[]>();
  for (const { key, doc } of story.articles) {
    const { agencies, outlet } = doc.meta;
    // An article whose outlet cannot be told is its own origin, named by its file or address
    // (never by a made-up outlet name).
    const self = outlet ?? basename(doc.source);
    // An agency whose own reporting the text carries ("told Reuters") is an origin beside the
    // outlet: two outlets each running a passage of one agency's copy are not independent of it.
    const reporting = reportingAgencies(doc.text, doc.meta.language).filter((a) => !agencies.includes(a));
    own.set(key, agencies.length > 0 ? [...agencies, ...reporting] : [self, ...reporting]);
  }
  const groups = copyGroups(story);
  const credits = new Set(story.articles.filter((a) => a.doc.meta.agencies.length > 0).map((a) => a.key));
  const out = new Map<string, readonly string[]>();
  for (const group of groups) {
    const credited = [...new Set(group.flatMap((k) => (credits.has(k) ? own.get(k)! : [])))];
    const shared = credited.length > 0 ? credited : own.get(group[0]!)!;
    for (const k of group) out.set(k, group.length > 1 ? shared : own.get(k)!);
  }
  return out;
}

const reportingPatterns = new Map<string | null, RegExp | null>();

/**
 * The wire agencies whose own reporting a text carries, by the pack's cues ("told {agency}",
 * "kepada {agency}"), canonical names in order of first appearance.
 */
export function reportingAgencies(text: string, language: string | null): string[] {
  let pattern = reportingPatterns.get(language);
  if (pattern === undefined) {
    const cues = defaultPacks.get(language).claims.agencyReportingCues ?? [];
    const names = agencyAliases()
      .filter((a) => a.length > 2)
      .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|");
    const alternatives = cues.map((c) =>
      c
        .split("{agency}")
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
        .join(`(${names})`),
    );
    pattern = alternatives.length > 0 ? new RegExp(`\\b(?:${alternatives.join("|")})\\b`, "giu") : null;
    reportingPatterns.set(language, pattern);
  }
  if (!pattern) return [];
  const out: string[] = [];
  for (const m of text.matchAll(pattern)) {
    const alias = m.slice(1).find((g) => g !== undefined);
    const name = alias ? agencyNamed(alias) : null;
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/** Groups of article keys that are copies of each other (singletons for the rest), in story order. */
export function copyGroups(story: Story): string[][] {
  const keys = story.articles.map((a) => a.key);
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    while (parent.get(k) !== k) k = parent.get(k)!;
    return k;
  };
  const prints = story.articles.map(({ doc }): Print => {
    const sentences = layer(doc, "sentences");
    const units = sentences.length > 0 ? sentences.map((s) => s.text) : doc.text.split(/\n+/);
    const bySentence = units.map(shingles).filter((s) => s.size > 0);
    return { bySentence, all: new Set(bySentence.flatMap((s) => [...s])) };
  });
  const union = (i: number, j: number) => {
    if (find(keys[i]!) !== find(keys[j]!)) parent.set(find(keys[i]!), find(keys[j]!));
  };
  for (const [i, j] of anchorCopies(
    story.articles.map(({ doc }) => doc.text),
    story.articles.map(({ doc }) => doc.meta.language),
  ))
    union(i, j);
  // Only articles that share at least one shingle can be copies: an inverted index finds them, so
  // a large story costs what its shared text costs, not the square of its size.
  const postings = new Map<string, number[]>();
  prints.forEach((print, i) => {
    const candidates = new Set<number>();
    for (const g of print.all) {
      const list = postings.get(g);
      if (list) for (const j of list) candidates.add(j);
      else postings.set(g, []);
      postings.get(g)!.push(i);
    }
    for (const j of candidates) {
      if (find(keys[i]!) !== find(keys[j]!) && areCopies(print, prints[j]!))
        parent.set(find(keys[i]!), find(keys[j]!));
    }
  });
  const groups = new Map<string, string[]>();
  for (const k of keys) {
    const root = find(k);
    groups.set(root, [...(groups.get(root) ?? []), k]);
  }
  return [...groups.values()];
}

/**
 * Pairs of articles (by index) that state the same rare figures and names in the same order:
 * translations and rewrites of one source. Each anchor weighs by its rarity in the story, so the
 * figures every outlet repeats (the death toll) count for little and a press release's full list
 * of numbers counts for much.
 */
export function anchorCopies(
  texts: readonly string[],
  languages: readonly (string | null)[] = [],
): [number, number][] {
  const lists = texts.map(anchorsOf);
  const sets = lists.map((l) => new Set(l));
  const df = new Map<string, number>();
  for (const set of sets) for (const a of set) df.set(a, (df.get(a) ?? 0) + 1);
  const weight = (a: string) => Math.log(1 + texts.length / df.get(a)!);
  const totals = sets.map((set) => [...set].reduce((sum, a) => sum + weight(a), 0));
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    const rarest = [...set].sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1)).slice(0, RAREST);
    for (const a of rarest) postings.set(a, [...(postings.get(a) ?? []), i]);
  });
  const out: [number, number][] = [];
  const seen = new Set<number>();
  const n = texts.length;
  for (const list of postings.values()) {
    if (list.length > MAX_POSTING) continue;
    for (const i of list) {
      for (const j of list) {
        if (j <= i || seen.has(i * n + j)) continue;
        seen.add(i * n + j);
        // Across languages the names are told differently ("Kabupaten", "district") and the
        // figures alone do not tell a translation from two outlets quoting one toll (measured on
        // the claims gold's dev copy groups): only articles in one language are compared.
        if ((languages[i] ?? null) !== (languages[j] ?? null)) continue;
        const common = [...sets[i]!].filter((a) => sets[j]!.has(a));
        if (common.length < ANCHOR_COMMON) continue;
        const shared = common.reduce((sum, a) => sum + weight(a), 0);
        if (shared / Math.max(1e-9, Math.min(totals[i]!, totals[j]!)) < ANCHOR_CONTAINMENT) continue;
        if (concordance(common, lists[i]!, lists[j]!) >= ANCHOR_ORDER) out.push([i, j]);
      }
    }
  }
  return out;
}

/** Share of pairs of common anchors that the two articles state in the same order. */
function concordance(common: readonly string[], a: readonly string[], b: readonly string[]): number {
  const pa = common.map((x) => a.indexOf(x));
  const pb = common.map((x) => b.indexOf(x));
  let same = 0;
  let total = 0;
  for (let u = 0; u < common.length; u++) {
    for (let v = u + 1; v < common.length; v++) {
      total += 1;
      if ((pa[u]! - pa[v]!) * (pb[u]! - pb[v]!) > 0) same += 1;
    }
  }
  return total === 0 ? 0 : same / total;
}

/**
 * The language-neutral anchors of a text, in order: figures (thousands separators dropped, a
 * decimal comma read as a point, so "5.389" and "5,389" meet) and capitalised words inside a
 * sentence (names), lower-cased.
 */
export function anchorsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\d[\d.,]*\d|\d|(?<=[^.!?"“”\s]\s)\p{Lu}[\p{L}\p{N}-]+/gu)) {
    const a = m[0];
    out.push(/^\d/.test(a) ? a.replace(/[.,](?=\d{3}(?!\d))/g, "").replace(",", ".") : a.toLowerCase());
  }
  return out;
}

/** An article's shingles, per sentence and all together. */
interface Print {
  readonly bySentence: readonly Set<string>[];
  readonly all: ReadonlySet<string>;
}

function areCopies(a: Print, b: Print): boolean {
  let shared = 0;
  for (const sa of a.bySentence) {
    let hit = 0;
    for (const g of sa) if (b.all.has(g)) hit += 1;
    if (hit / sa.size >= SENTENCE_CONTAINMENT) shared += 1;
    if (shared >= SHARED_SENTENCES) return true;
  }
  const [allA, allB] = [a.all, b.all];
  const smaller = allA.size <= allB.size ? [allA, allB] : [allB, allA];
  if (smaller[0]!.size === 0) return false;
  let common = 0;
  for (const g of smaller[0]!) if (smaller[1]!.has(g)) common += 1;
  return common / smaller[0]!.size >= ARTICLE_CONTAINMENT;
}

/** Word n-grams of one sentence, case- and punctuation-folded. */
export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(" "));
  return out;
}

/**
 * Independent origin groups: articles whose origins overlap (one credits AP/AFP/Reuters, another
 * AFP) or that copy each other rest on one group, since no newsroom of their own stands between
 * them. Each article key maps to its group's label — its origins joined by "/" — so a claim's
 * independent origins are the distinct labels of its articles.
 */
export function independentOrigins(
  story: Story,
  origins: ReadonlyMap<string, readonly string[]>,
): Map<string, string> {
  const keys = story.articles.map((a) => a.key);
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => {
    while (parent.get(k) !== k) k = parent.get(k)!;
    return k;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  const byOrigin = new Map<string, string>();
  for (const k of keys) {
    for (const o of origins.get(k) ?? []) {
      const first = byOrigin.get(o);
      if (first) union(first, k);
      else byOrigin.set(o, k);
    }
  }
  const labels = new Map<string, Set<string>>();
  for (const k of keys) {
    const root = find(k);
    const set = labels.get(root) ?? new Set<string>();
    for (const o of origins.get(k) ?? [k]) set.add(o);
    labels.set(root, set);
  }
  return new Map(keys.map((k) => [k, [...labels.get(find(k))!].sort().join("/")]));
}
