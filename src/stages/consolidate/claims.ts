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
import { packFor } from "../../lang/registry.js";
import { type ClusterOptions, clusterClaims, DEFAULT_CLUSTER } from "./align/cluster.js";
import { type ClaimItem, claimItems } from "./align/items.js";
import { type SimilarityModel, similarityModel } from "./align/similarity.js";
import { findContradictions } from "./contradictions.js";
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
  _entities: EntityIndex,
  options: ClusterOptions = DEFAULT_CLUSTER,
): ClaimsResult {
  const items = claimItems(story);
  const model = similarityModel(items, options.cosineShare);
  const groups = clusterClaims(items, model, options);
  const claims = groups
    .map((g) => ({ g, arts: new Set(g.map((i) => items[i]!.article)) }))
    .filter(({ g, arts }) => arts.size > 1 || plainAssertion(items[g[0]!]!))
    .map(({ g }) => toClaim(g, items, model, origins))
    .sort(
      (a, b) =>
        b.origins.length - a.origins.length ||
        b.articles.length - a.articles.length ||
        b.evidence.length - a.evidence.length,
    )
    .map((c, n) => ({ ...c, id: `c${n + 1}` }));
  // Each article's text plus the canonical names of its mentions, so a place named in another
  // language or spelling ("Jerman" → "Germany") still counts as named by the article.
  const texts = new Map(
    story.articles.map(({ key, doc }) => [
      key,
      [doc.text, ...layer(doc, "mentions").map((m) => m.canonical)].join("\n"),
    ]),
  );
  const contradictions = findContradictions(items, model, groups, texts);
  return { claims, contradictions };
}

function plainAssertion(item: ClaimItem): boolean {
  const c = item.claim;
  return !c.hedged && !c.background && c.slots.keywords.length >= 3;
}

function toClaim(
  group: readonly number[],
  items: readonly ClaimItem[],
  model: SimilarityModel,
  origins: ReadonlyMap<string, readonly string[]>,
): DossierClaim {
  const articles = [...new Set(group.map((i) => items[i]!.article))].sort(byKey);
  const evidence: Evidence[] = group.map((i) => {
    const { article, claim } = items[i]!;
    return { article, start: claim.start, end: claim.end, text: claim.text };
  });
  const rep = medoid(group, items, model);
  return {
    id: "",
    what: cut(items[rep]!.claim.text.replace(/\s+/g, " ").trim()),
    articles,
    origins: [...new Set(articles.flatMap((a) => origins.get(a) ?? []))],
    evidence,
  };
}

/** The member most like the others, preferring an asserted one over a hedged or quoted one. */
export function medoid(
  group: readonly number[],
  items: readonly ClaimItem[],
  model: SimilarityModel,
): number {
  let best = group[0]!;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const i of group) {
    const c = items[i]!.claim;
    let score = 0;
    for (const j of group) if (j !== i) score += model.sim(i, j);
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
  return (packFor(item.language).claims.anaphors ?? []).includes(first);
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
