/**
 * @module
 * `npm run bench:claims -- [dir] [--verbose] [--split dev|test]`: runs the whole pipeline on each
 * story of the claims gold (bench/corpora/facts, see corpus.ts), consolidates claims and
 * contradictions as a dossier does, and scores them (see score.ts), per story and per split.
 * Tune on dev only; the test split is scored, never tuned on. The last line is the test split's
 * summary the issue names. Each split's copy groups and independent origins are scored beside it
 * (see origins.ts).
 */
import { join } from "node:path";
import type { Contradiction } from "../../src/core/dossier.js";
import { type AlignModel, alignModel } from "../../src/story/consolidate/align/model.js";
import { consolidateClaims } from "../../src/story/consolidate/claims.js";
import { resolveEntities } from "../../src/story/consolidate/entities.js";
import { originsOf } from "../../src/story/consolidate/origins.js";
import type { Story } from "../../src/story/consolidate/story.js";
import { type Counts, counts, isMain, pct, prf } from "../harness.js";
import { corpus, type LoadedStory, loadStories, root } from "./corpus.js";
import { originsLine, scoreOrigins } from "./origins.js";
import { type StoryScore, scoreStory } from "./score.js";

export { corpus };

export interface Totals {
  readonly pairs: Counts;
  readonly crossLanguage: Counts;
  readonly contra: Counts;
  facts: { found: number; total: number };
  support: { falseClaims: number; multiClaims: number };
  falseAlarms: number;
}

export function storyOf(s: LoadedStory): Story {
  return { articles: s.docs.map((doc, i) => ({ key: `a${i + 1}`, doc })) };
}

export function scoreAll(stories: readonly LoadedStory[], model: AlignModel = alignModel()) {
  const totals: Totals = {
    pairs: counts(),
    crossLanguage: counts(),
    contra: counts(),
    facts: { found: 0, total: 0 },
    support: { falseClaims: 0, multiClaims: 0 },
    falseAlarms: 0,
  };
  const per: { name: string; score: StoryScore; contradictions: readonly Contradiction[] }[] = [];
  for (const s of stories) {
    const story = storyOf(s);
    const entities = resolveEntities(story);
    const result = consolidateClaims(story, originsOf(story), entities, model);
    const score = scoreStory(s.gold, s.docs, result.claims, result.contradictions);
    for (const k of ["tp", "fp", "fn"] as const) {
      totals.pairs[k] += score.pairs[k];
      totals.crossLanguage[k] += score.crossLanguage[k];
      totals.contra[k] += score.contra[k];
    }
    totals.facts.found += score.facts.found;
    totals.facts.total += score.facts.total;
    totals.support.falseClaims += score.support.falseClaims;
    totals.support.multiClaims += score.support.multiClaims;
    totals.falseAlarms += score.falseAlarms;
    per.push({ name: s.name, score, contradictions: result.contradictions });
  }
  return { totals, per };
}

export interface Headline {
  readonly factRecall: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly falseSupport: number;
  readonly idEnRecall: number;
  readonly contradictionPrecision: number;
  readonly contradictionRecall: number;
  readonly falseAlarms: number;
}

export function headline(t: Totals): Headline {
  const p = prf(t.pairs);
  const c = prf(t.contra);
  const x = t.crossLanguage;
  return {
    factRecall: t.facts.total ? t.facts.found / t.facts.total : 0,
    precision: p.precision,
    recall: p.recall,
    f1: p.f1,
    falseSupport: t.support.multiClaims ? t.support.falseClaims / t.support.multiClaims : 0,
    idEnRecall: x.tp + x.fn ? x.tp / (x.tp + x.fn) : 0,
    // No contradiction reported and none to find is perfect precision, not zero.
    contradictionPrecision: t.contra.tp + t.contra.fp === 0 ? 1 : c.precision,
    contradictionRecall: t.contra.tp + t.contra.fn === 0 ? 1 : c.recall,
    falseAlarms: t.falseAlarms,
  };
}

export function summaryLine(h: Headline): string {
  const f = (x: number) => x.toFixed(3);
  return `claims: fact recall ${f(h.factRecall)}, alignment P/R/F1 ${f(h.precision)}/${f(h.recall)}/${f(h.f1)}, false support ${f(h.falseSupport)}, id-en pair recall ${f(h.idEnRecall)}, contradictions P/R ${f(h.contradictionPrecision)}/${f(h.contradictionRecall)}, false alarms ${h.falseAlarms}`;
}

/** The gate reads the test split: what an unseen story gets. */
export async function gateScores(): Promise<Record<string, number>> {
  const h = headline(scoreAll(await loadStories(join(root, corpus), "test")).totals);
  return {
    alignmentPrecision: h.precision,
    alignmentF1: h.f1,
    factRecall: h.factRecall,
    supportPrecision: 1 - h.falseSupport,
    idEnRecall: h.idEnRecall,
    contradictionPrecision: h.contradictionPrecision,
    contradictionRecall: h.contradictionRecall,
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const verbose = argv.includes("--verbose");
  const splitArg = argv[argv.indexOf("--split") + 1];
  const only = argv.includes("--split") && (splitArg === "dev" || splitArg === "test") ? splitArg : undefined;
  const dir = argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--split") ?? join(root, corpus);
  const stories = await loadStories(dir, only);
  const bySplit = new Map<string, LoadedStory[]>();
  for (const s of stories) bySplit.set(s.split, [...(bySplit.get(s.split) ?? []), s]);
  let last = "";
  for (const split of ["dev", "test"]) {
    const set = bySplit.get(split);
    if (!set) continue;
    const { totals, per } = scoreAll(set);
    for (const { name, score, contradictions } of per) {
      const p = prf(score.pairs);
      const c = score.contra;
      console.log(
        `${split} ${name}: alignment P ${pct(p.precision)} R ${pct(p.recall)} F1 ${pct(p.f1)}; facts ${score.facts.found}/${score.facts.total}; false support ${score.support.falseClaims}/${score.support.multiClaims}; contradictions tp ${c.tp} fp ${c.fp} fn ${c.fn}` +
          (score.unmatched.length ? `; ${score.unmatched.length} gold statement(s) not extracted` : ""),
      );
      if (verbose) {
        for (const u of score.unmatched) console.log(`  unmatched: ${u}`);
        for (const f of score.falsePairs) console.log(`  false: ${f}`);
        for (const m of score.missedPairs) console.log(`  missed: ${m}`);
        for (const c of contradictions) {
          const vals = c.values.map((v) => `${v.value} [${v.articles.join(",")}]`).join(" vs ");
          console.log(`  contradiction (${c.slot}): ${vals} — ${c.topic.slice(0, 80)}`);
        }
      }
    }
    last = summaryLine(headline(totals));
    console.log(
      `${split} (${set.length} stories, ${set.reduce((n, s) => n + s.docs.length, 0)} articles): ${last}`,
    );
    console.log(`${split} origins: ${originsLine(scoreOrigins(set))}`);
  }
  console.log(last);
  return 0;
}

if (isMain(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 70;
    },
  );
}
