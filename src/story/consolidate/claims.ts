/**
 * @module
 * Claims aligned across the articles of a story, with the independent origins behind each, and the
 * contradictions between aligned claims. A claim is a group of sentences that state the same fact
 * (see align/cluster.ts); its origins are the union of its articles' origins, so three outlets
 * re-running one agency's copy count once. Claims several articles share come first; facts only
 * one article states follow when they are plain assertions.
 */
import { layer } from "../../core/doc/document.js";
import type { Contradiction, DossierClaim, Evidence } from "../../core/dossier.js";
import { defaultPacks } from "../../lang/registry.js";
import { type Alignment, groupScored, type ScoredPairs, scorePairs } from "./align/index.js";
import type { ClaimItem } from "./align/items.js";
import { type AlignModel, alignModel } from "./align/model.js";
import { findContradictions } from "./contradictions.js";
import { independentOrigins } from "./origins.js";
import type { EntityIndex, Story } from "./story.js";

export interface ClaimsResult {
  readonly claims: DossierClaim[];
  readonly contradictions: Contradiction[];
}

/** Longest `what` before it is cut at a word boundary. */
const MAX_WHAT = 280;

export function consolidateClaims(
  story: Story,
  origins: ReadonlyMap<string, readonly string[]>,
  entities: EntityIndex,
  model: AlignModel = alignModel(),
): ClaimsResult {
  // Each article's text plus the canonical names of its mentions, so a place named in another
  // language or spelling ("Jerman" → "Germany") still counts as named by the article.
  const texts = new Map(
    story.articles.map(({ key, doc }) => [
      key,
      [doc.text, ...layer(doc, "mentions").map((m) => m.canonical)].join("\n"),
    ]),
  );
  const scored = scorePairs(story, entities, model);
  // Contradictions first: the two sides of one must never support one claim.
  const contradictions = findContradictions(scored, texts, model);
  const alignment = groupScored(scored, model, apartIn(scored, contradictions));
  const { items, groups } = alignment;
  const independent = independentOrigins(story, origins);
  const claims = groups
    .map((g) => ({ g, arts: new Set(g.map((i) => items[i]!.article)) }))
    .filter(
      ({ g, arts }) =>
        arts.size > 1 || (items[g[0]!]!.facet < 0 && !items[g[0]!]!.event && plainAssertion(items[g[0]!]!)),
    )
    .map(({ g }) => toClaim(g, alignment, independent))
    .sort(
      (a, b) =>
        b.origins.length - a.origins.length ||
        b.articles.length - a.articles.length ||
        b.evidence.length - a.evidence.length,
    )
    .filter(firstOfItsEvidence())
    .map((c, n) => ({ ...c, id: `c${n + 1}` }));
  return { claims, contradictions };
}

/** Whether two statements stand on different sides of one contradiction. */
function apartIn(
  scored: ScoredPairs,
  contradictions: readonly Contradiction[],
): (i: number, j: number) => boolean {
  const sides = new Map<string, Set<string>>();
  contradictions.forEach((c, n) => {
    c.values.forEach((v, k) => {
      for (const e of v.evidence) {
        const key = `${e.article}:${e.start}`;
        sides.set(key, (sides.get(key) ?? new Set()).add(`${n}:${k}`));
      }
    });
  });
  if (sides.size === 0) return () => false;
  const keyOf = (i: number) => `${scored.items[i]!.article}:${scored.items[i]!.claim.start}`;
  return (i, j) => {
    const a = sides.get(keyOf(i));
    const b = sides.get(keyOf(j));
    if (!a || !b) return false;
    for (const x of a) {
      const n = x.slice(0, x.indexOf(":"));
      for (const y of b) if (y.startsWith(`${n}:`) && y !== x) return true;
    }
    return false;
  };
}

/** Keeps one claim per set of evidence (a whole statement and its amount can group alike). */
function firstOfItsEvidence(): (c: DossierClaim) => boolean {
  const seen = new Set<string>();
  return (c) => {
    const key = c.evidence
      .map((e) => `${e.article}:${e.start}`)
      .sort()
      .join(" ");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/** A single-article statement the dossier lists (as single-source): the outlet's own plain assertion. */
function plainAssertion(item: ClaimItem): boolean {
  const c = item.claim;
  return (
    (c.modality ?? "asserted") === "asserted" && !c.hedged && !c.background && c.slots.keywords.length >= 3
  );
}

function toClaim(
  group: readonly number[],
  alignment: Alignment,
  independent: ReadonlyMap<string, string>,
): DossierClaim {
  const { items } = alignment;
  const articles = [...new Set(group.map((i) => items[i]!.article))].sort(byKey);
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const i of group) {
    const { article, claim } = items[i]!;
    if (seen.has(`${article}:${claim.start}`)) continue;
    seen.add(`${article}:${claim.start}`);
    evidence.push({ article, start: claim.start, end: claim.end, text: claim.text });
  }
  const rep = medoid(group, alignment);
  const origins = [...new Set(articles.map((a) => independent.get(a) ?? a))].sort();
  return {
    id: "",
    what: cut(items[rep]!.claim.text.replace(/\s+/g, " ").trim()),
    articles,
    origins,
    evidence,
    singleSource: origins.length < 2,
    confidence: round(confidenceOf(group, alignment)),
  };
}

/** Mean pair probability over the group's cross-article pairs (1 for a one-article claim). */
function confidenceOf(group: readonly number[], { items, scorer }: Alignment): number {
  let sum = 0;
  let n = 0;
  for (let a = 0; a < group.length && n < 100; a++) {
    for (let b = a + 1; b < group.length && n < 100; b++) {
      const [i, j] = [group[a]!, group[b]!];
      if (items[i]!.article === items[j]!.article) continue;
      sum += scorer.score(Math.min(i, j), Math.max(i, j));
      n += 1;
    }
  }
  return n === 0 ? 1 : sum / n;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The member most like the others, preferring an asserted one over a hedged or quoted one. */
export function medoid(group: readonly number[], { items, scorer }: Alignment): number {
  let best = group[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  const sample = group.slice(0, 20);
  for (const i of sample) {
    const c = items[i]!.claim;
    let score = 0;
    for (const j of sample) {
      if (j !== i && items[j]!.article !== items[i]!.article)
        score += scorer.score(Math.min(i, j), Math.max(i, j));
    }
    score -= (c.hedged ? 0.5 : 0) + (c.attributed ? 0.2 : 0) + (c.background ? 0.5 : 0);
    if (leansOnPrevious(items[i]!)) score -= 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** Whether the sentence opens with a word that points back ("Hal tersebut …", "It …"). */
function leansOnPrevious(item: ClaimItem): boolean {
  const first = /\p{L}+/u.exec(item.claim.text)?.[0]?.toLowerCase() ?? "";
  return (defaultPacks.get(item.language).claims.anaphors ?? []).includes(first);
}

function cut(s: string): string {
  if (s.length <= MAX_WHAT) return s;
  const at = s.lastIndexOf(" ", MAX_WHAT);
  return `${s.slice(0, at > 0 ? at : MAX_WHAT)}…`;
}

/** Orders dossier keys "a2" < "a10". */
export function byKey(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1)) || a.localeCompare(b);
}
