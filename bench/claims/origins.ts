/**
 * @module
 * `npx tsx bench/claims/origins.ts [--split dev|test] [--verbose]`: scores who each story's
 * articles come from, against the claims gold's `copyGroups` and `origins` (bench/corpora/facts):
 * - copy pairs: pairs of articles that copy each other (shared sentences, or a translation), as
 *   `copyGroups` in `src/story/consolidate/origins.ts` finds them, split into same-language and
 *   Indonesian–English pairs;
 * - dependent pairs: pairs of articles that are not independent (they share an origin or copy each
 *   other), as the claims' independent-origin count reads them (`independentOrigins`).
 * Pairwise precision, recall and F1 over the stories whose gold records copy groups. Tune on dev
 * only (the default); the test split is for the final check.
 */
import { basename } from "node:path";
import { copyGroups, independentOrigins, originsOf } from "../../src/story/consolidate/origins.js";
import type { Story } from "../../src/story/consolidate/story.js";
import { type Counts, counts, isMain, pct, prf } from "../harness.js";
import { type LoadedStory, loadStories } from "./corpus.js";

export interface OriginScores {
  readonly copies: Counts;
  readonly crossCopies: Counts;
  readonly dependent: Counts;
}

const storyOf = (s: LoadedStory): Story => ({
  articles: s.docs.map((doc, i) => ({ key: `a${i + 1}`, doc })),
});

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

function pairsOf(groups: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) for (const a of g) for (const b of g) if (a < b) out.add(pairKey(a, b));
  return out;
}

function tally(
  c: Counts,
  gold: ReadonlySet<string>,
  predicted: ReadonlySet<string>,
  keep: (k: string) => boolean,
) {
  for (const k of predicted) {
    if (!keep(k)) continue;
    if (gold.has(k)) c.tp += 1;
    else c.fp += 1;
  }
  for (const k of gold) if (keep(k) && !predicted.has(k)) c.fn += 1;
}

export function scoreOrigins(stories: readonly LoadedStory[], verbose = false): OriginScores {
  const scores: OriginScores = { copies: counts(), crossCopies: counts(), dependent: counts() };
  for (const s of stories) {
    if (!s.gold.copyGroups || !s.gold.origins) continue;
    const story = storyOf(s);
    const fileOf = new Map(story.articles.map(({ key, doc }) => [key, basename(doc.source)]));
    const files = [...fileOf.values()];
    const language = (f: string) =>
      s.gold.languages?.[f] ?? s.docs.find((d) => basename(d.source) === f)?.meta.language ?? null;
    const cross = (k: string) => {
      const [a, b] = k.split("|") as [string, string];
      return language(a) !== language(b);
    };
    const goldCopies = pairsOf(s.gold.copyGroups);
    const predictedCopies = pairsOf(copyGroups(story).map((g) => g.map((k) => fileOf.get(k)!)));
    tally(scores.copies, goldCopies, predictedCopies, () => true);
    tally(scores.crossCopies, goldCopies, predictedCopies, cross);
    // Dependent in the gold: a shared origin, or copies of each other.
    const goldDependent = new Set(goldCopies);
    const origins = s.gold.origins;
    for (const a of files)
      for (const b of files)
        if (a < b && (origins[a] ?? []).some((o) => (origins[b] ?? []).includes(o)))
          goldDependent.add(pairKey(a, b));
    const labels = independentOrigins(story, originsOf(story));
    const predictedDependent = new Set<string>();
    for (const [ka, la] of labels)
      for (const [kb, lb] of labels)
        if (ka < kb && la === lb) predictedDependent.add(pairKey(fileOf.get(ka)!, fileOf.get(kb)!));
    tally(scores.dependent, goldDependent, predictedDependent, () => true);
    if (verbose) {
      for (const k of predictedCopies) if (!goldCopies.has(k)) console.log(`  ${s.name}: false copy ${k}`);
      for (const k of goldCopies) if (!predictedCopies.has(k)) console.log(`  ${s.name}: missed copy ${k}`);
      for (const k of predictedDependent)
        if (!goldDependent.has(k)) console.log(`  ${s.name}: false dependence ${k}`);
    }
  }
  return scores;
}

export function originsLine(scores: OriginScores): string {
  const f = (c: Counts) => {
    const { precision, recall, f1 } = prf(c);
    return `P ${pct(precision)} R ${pct(recall)} F1 ${pct(f1)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
  };
  return `copy pairs ${f(scores.copies)}; id-en copy pairs ${f(scores.crossCopies)}; dependent pairs ${f(scores.dependent)}`;
}

if (isMain(import.meta.url)) {
  const argv = process.argv.slice(2);
  const split = argv.includes("--split") ? argv[argv.indexOf("--split") + 1] : "dev";
  const stories = await loadStories(undefined, split === "test" ? "test" : "dev");
  console.log(`origins (${split}): ${originsLine(scoreOrigins(stories, argv.includes("--verbose")))}`);
}
