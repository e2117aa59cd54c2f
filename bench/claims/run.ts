/**
 * @module
 * `npm run bench:claims -- [dir] [--verbose] [--sweep]`: runs the whole pipeline on each story
 * folder of the gold corpus (default bench/corpora/claims: one folder per story, its articles as
 * .txt and a gold.json naming which sentences state the same fact and which contradictions the
 * articles hold), aligns claims, and prints claim-alignment pairwise P/R/F1 and contradiction
 * precision/recall. `--sweep` tries a grid of clustering thresholds (for tuning on this corpus,
 * never on the seeds). The last line is the summary the issue names.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeArticle } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { defaultPipeline } from "../../src/app/pipeline.js";
import type { RunContext } from "../../src/core/context.js";
import { type ArticleDoc, markDone, withLayer } from "../../src/core/doc/document.js";
import type { Contradiction } from "../../src/core/dossier.js";
import { buildPipeline, type Pipeline } from "../../src/core/pipeline/stage.js";
import { type ClusterOptions, DEFAULT_CLUSTER } from "../../src/stages/consolidate/align/cluster.js";
import { consolidateClaims } from "../../src/stages/consolidate/claims.js";
import { resolveEntities } from "../../src/stages/consolidate/entities.js";
import { originsOf } from "../../src/stages/consolidate/origins.js";
import type { Story } from "../../src/stages/consolidate/story.js";
import { readInputs } from "../../src/stages/ingest/read-inputs.js";
import { counts, isMain, pct, prf } from "../harness.js";
import { type GoldStory, type StoryScore, scoreStory } from "./score.js";

export const corpus = "bench/corpora/claims";
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

interface LoadedStory {
  readonly name: string;
  readonly gold: GoldStory;
  readonly docs: readonly ArticleDoc[];
}

export async function loadStories(dir: string): Promise<LoadedStory[]> {
  const ctx = makeContext();
  const pipeline = tolerant(defaultPipeline());
  const out: LoadedStory[] = [];
  for (const name of readdirSync(dir).sort()) {
    const storyDir = join(dir, name);
    if (!statSync(storyDir).isDirectory()) continue;
    const gold = JSON.parse(readFileSync(join(storyDir, "gold.json"), "utf8")) as GoldStory;
    const files = Object.keys(gold.sources).map((f) => join(storyDir, f));
    const docs: ArticleDoc[] = [];
    for await (const r of readInputs(files, { maxBytes: 1 << 22 })) {
      if (r.ok) docs.push(analyzeArticle(r.article, ctx, pipeline));
    }
    out.push({ name, gold, docs });
  }
  return out;
}

/**
 * The pipeline with each upstream stage guarded: a stage that throws leaves its layers empty (and
 * is named on stderr once), so this bench keeps measuring claims while another stage is broken.
 */
export function tolerant(pipeline: Pipeline): Pipeline {
  const warned = new Set<string>();
  return buildPipeline(
    pipeline.stages.map((stage) => ({
      ...stage,
      run(doc: ArticleDoc, ctx: RunContext): ArticleDoc {
        try {
          return stage.run(doc, ctx);
        } catch (err) {
          if (stage.name === "claims") throw err;
          if (!warned.has(stage.name))
            console.error(`bench:claims: stage ${stage.name} failed (${String(err)}); its layers left empty`);
          warned.add(stage.name);
          let out = doc;
          for (const name of stage.assigns) {
            out = name === "clean" || name === "language" ? markDone(out, name) : withLayer(out, name, []);
          }
          return out;
        }
      },
    })),
  );
}

export function scoreAll(stories: readonly LoadedStory[], options: ClusterOptions = DEFAULT_CLUSTER) {
  const pairs = counts();
  const contra = counts();
  const per: { name: string; score: StoryScore; contradictions: readonly Contradiction[] }[] = [];
  for (const s of stories) {
    const story: Story = { articles: s.docs.map((doc, i) => ({ key: `a${i + 1}`, doc })) };
    const result = consolidateClaims(story, originsOf(story), resolveEntities(story), options);
    const score = scoreStory(s.gold, s.docs, result.claims, result.contradictions);
    for (const k of ["tp", "fp", "fn"] as const) {
      pairs[k] += score.pairs[k];
      contra[k] += score.contra[k];
    }
    per.push({ name: s.name, score, contradictions: result.contradictions });
  }
  return { pairs: prf(pairs), contra: prf(contra), per, contraCounts: contra };
}

export async function gateScores(): Promise<Record<string, number>> {
  const r = scoreAll(await loadStories(join(root, corpus)));
  return {
    alignmentF1: r.pairs.f1,
    contradictionPrecision: r.contra.precision,
    contradictionRecall: r.contra.recall,
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const verbose = argv.includes("--verbose");
  const dir = argv.find((a) => !a.startsWith("--")) ?? join(root, corpus);
  const stories = await loadStories(dir);
  if (argv.includes("--sweep")) {
    for (const cosineShare of [1, 0.7, 0.5, 0.3]) {
      for (const pair of [0.16, 0.2, 0.24, 0.28, 0.32, 0.36, 0.4]) {
        for (const link of [0.12, 0.16, 0.2, 0.24, 0.28]) {
          if (link > pair) continue;
          const r = scoreAll(stories, { pair, link, cosineShare });
          console.log(
            `cosine ${cosineShare} pair ${pair} link ${link}: P ${pct(r.pairs.precision)} R ${pct(r.pairs.recall)} F1 ${pct(r.pairs.f1)}; contradictions P ${pct(r.contra.precision)} R ${pct(r.contra.recall)}`,
          );
        }
      }
    }
  }
  const r = scoreAll(stories);
  for (const { name, score, contradictions } of r.per) {
    const p = prf(score.pairs);
    const c = score.contra;
    console.log(
      `${name}: alignment P ${pct(p.precision)} R ${pct(p.recall)} F1 ${pct(p.f1)}; contradictions tp ${c.tp} fp ${c.fp} fn ${c.fn}` +
        (score.unmatched.length ? `; ${score.unmatched.length} gold sentence(s) not found` : ""),
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
  console.log(
    `alignment pairs: P ${pct(r.pairs.precision)} R ${pct(r.pairs.recall)} F1 ${pct(r.pairs.f1)}; contradictions tp ${r.contraCounts.tp} fp ${r.contraCounts.fp} fn ${r.contraCounts.fn}`,
  );
  console.log(
    `claims: alignment pairwise F1 ${pct(r.pairs.f1)}, contradiction precision ${pct(r.contra.precision)}, recall ${pct(r.contra.recall)}`,
  );
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
