/**
 * @module
 * `npx tsx bench/claims/diagnose.ts [--split dev|test] [--all-pairs]`: where alignment recall is
 * lost, stage by stage, over the gold's cross-article pairs of statements: the statement was not
 * extracted, blocking never proposed the pair, the model scored it below the threshold, or
 * grouping left it out. With `--all-pairs` it also scores every cross-article pair, to show what
 * blocking costs. Dev only for tuning; the test split is for the final check.
 */
import { basename } from "node:path";
import { scorePairs } from "../../src/story/consolidate/align/index.js";
import { alignModel } from "../../src/story/consolidate/align/model.js";
import { consolidateClaims } from "../../src/story/consolidate/claims.js";
import { resolveEntities } from "../../src/story/consolidate/entities.js";
import { originsOf } from "../../src/story/consolidate/origins.js";
import { loadStories } from "./corpus.js";
import { storyOf } from "./run.js";
import { goldStatements } from "./score.js";

const split = process.argv.includes("--split") ? process.argv[process.argv.indexOf("--split") + 1] : "dev";
const stories = await loadStories(undefined, split === "test" ? "test" : "dev");
const model = alignModel();
/** Gold pairs, and how many of them survive each stage (the bi- counts: Indonesian–English pairs). */
const counts = () => ({
  gold: 0,
  missing: 0,
  blocked: 0,
  scored: 0,
  grouped: 0,
  bilingual: 0,
  biBlocked: 0,
  biScored: 0,
  biGrouped: 0,
});
const total = counts();
for (const s of stories) {
  const story = storyOf(s);
  const entities = resolveEntities(story);
  const scored = scorePairs(story, entities, model);
  const { units } = goldStatements(s.gold, s.docs);
  const fileOf = new Map(s.docs.map((d, i) => [`a${i + 1}`, basename(d.source)]));
  const langOf = new Map(
    s.docs.map((d) => [basename(d.source), s.gold.languages?.[basename(d.source)] ?? d.meta.language]),
  );
  const unitOf = (i: number) => `${fileOf.get(scored.items[i]!.article)}:${scored.items[i]!.claim.start}`;
  const best = new Map<string, number>();
  for (const [i, j, p] of scored.pairs) {
    const k = [unitOf(i), unitOf(j)].sort().join("|");
    best.set(k, Math.max(best.get(k) ?? -1, p));
  }
  const result = consolidateClaims(story, originsOf(story), entities, model);
  const predicted = new Set<string>();
  for (const c of result.claims) {
    const us = [...new Set(c.evidence.map((e) => `${fileOf.get(e.article)}:${e.start}`))];
    for (const a of us) for (const b of us) if (a < b) predicted.add(`${a}|${b}`);
  }
  const gold = new Set<string>();
  const file = (u: string) => u.slice(0, u.lastIndexOf(":"));
  for (const g of units)
    for (const a of g) for (const b of g) if (a < b && file(a) !== file(b)) gold.add(`${a}|${b}`);
  const row = counts();
  for (const k of gold) {
    const [a, b] = k.split("|") as [string, string];
    const bi = langOf.get(file(a)) !== langOf.get(file(b));
    row.gold += 1;
    if (bi) row.bilingual += 1;
    if (a.includes("missed") || b.includes("missed")) {
      row.missing += 1;
      continue;
    }
    const p = best.get(k);
    if (p !== undefined) {
      row.blocked += 1;
      if (bi) row.biBlocked += 1;
      if (p >= model.threshold) {
        row.scored += 1;
        if (bi) row.biScored += 1;
      }
    }
    if (predicted.has(k)) {
      row.grouped += 1;
      if (bi) row.biGrouped += 1;
    }
  }
  for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += row[key];
  console.log(`${s.name}: ${JSON.stringify(row)}`);
}
console.log(`total: ${JSON.stringify(total)}`);
console.log(
  `recall after extraction ${((total.gold - total.missing) / total.gold).toFixed(3)}, blocking ${(total.blocked / total.gold).toFixed(3)}, model ≥ threshold ${(total.scored / total.gold).toFixed(3)}, grouped ${(total.grouped / total.gold).toFixed(3)}; id-en blocking ${(total.biBlocked / total.bilingual).toFixed(3)} model ${(total.biScored / total.bilingual).toFixed(3)} grouped ${(total.biGrouped / total.bilingual).toFixed(3)}`,
);
