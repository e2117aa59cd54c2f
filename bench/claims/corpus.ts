/**
 * @module
 * The claims gold corpus (`bench/corpora/facts/`): one folder per story, its articles as `.txt`
 * and a hand-made `gold.json` naming, for every fact two or more articles state, every sentence
 * that states it (as a verbatim fragment), each article's origins and copy groups, the real
 * contradictions between outlets, and look-alike pairs that are not contradictions. Each story
 * is in the `dev` split (tuned on, trained on) or the `test` split (scored only); stories without
 * a split are dev. Stories are analysed by the real pipeline, each stage guarded so the bench
 * keeps measuring claims while an upstream stage is broken.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeArticle } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { defaultPipeline } from "../../src/app/pipeline.js";
import type { RunContext } from "../../src/core/context.js";
import { type ArticleDoc, markDone, withLayer } from "../../src/core/doc/document.js";
import { buildPipeline, type Pipeline } from "../../src/core/pipeline/stage.js";
import { readInputs } from "../../src/ingest/read-inputs.js";

export const corpus = "bench/corpora/facts";
export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export type Member = readonly [file: string, fragment: string];

export interface GoldStory {
  readonly story: string;
  readonly split?: "dev" | "test";
  readonly language?: string;
  readonly sources: Readonly<Record<string, string>>;
  readonly languages?: Readonly<Record<string, string>>;
  readonly origins?: Readonly<Record<string, readonly string[]>>;
  readonly copyGroups?: readonly (readonly string[])[];
  readonly groups: readonly { readonly fact: string; readonly members: readonly Member[] }[];
  readonly contradictions: readonly {
    readonly topic: string;
    readonly slot?: string;
    readonly values: Readonly<Record<string, readonly string[]>>;
  }[];
  readonly nonContradictions?: readonly { readonly topic: string; readonly members: readonly Member[] }[];
}

export interface LoadedStory {
  readonly name: string;
  readonly split: "dev" | "test";
  readonly gold: GoldStory;
  /** In `gold.sources` order; the dossier key of `docs[i]` is `a${i + 1}`. */
  readonly docs: readonly ArticleDoc[];
}

export async function loadStories(dir = join(root, corpus), only?: "dev" | "test"): Promise<LoadedStory[]> {
  const ctx = makeContext();
  const pipeline = tolerant(defaultPipeline());
  const out: LoadedStory[] = [];
  for (const name of readdirSync(dir).sort()) {
    const storyDir = join(dir, name);
    if (!statSync(storyDir).isDirectory()) continue;
    if (!existsSync(join(storyDir, "gold.json"))) {
      console.error(`bench:claims: ${name} has no gold.json yet; skipped`);
      continue;
    }
    const gold = JSON.parse(readFileSync(join(storyDir, "gold.json"), "utf8")) as GoldStory;
    const split = gold.split ?? "dev";
    if (only && split !== only) continue;
    const files = Object.keys(gold.sources).map((f) => join(storyDir, f));
    const docs: ArticleDoc[] = [];
    for await (const r of readInputs(files, { maxBytes: 1 << 22 })) {
      if (r.ok) docs.push(analyzeArticle(r.article, ctx, pipeline));
    }
    out.push({ name, split, gold, docs });
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
