/**
 * @module
 * Entities stage speed: articles and mentions a second on one core, for the stage alone (the
 * synthetic seed-like articles of the ingest bench are cleaned and segmented first, outside the
 * timed loop; the tagger model and gazetteers are loaded in a warm-up). Run it on its own with
 * `npx tsx bench/speed/entities.ts [count]`, or register `measureEntities`/`report` in run.ts.
 */
import { analyzeArticle } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { cleanPipeline } from "../../src/app/pipeline.js";
import { type ArticleDoc, layer } from "../../src/core/doc/document.js";
import { decodeText } from "../../src/ingest/decode.js";
import { toArticles } from "../../src/ingest/read-inputs.js";
import { defaultPacks } from "../../src/lang/registry.js";
import { entitiesStage } from "../../src/stages/entities/index.js";
import { tagTokens } from "../../src/stages/entities/tagger/index.js";
import { resolveEntities } from "../../src/story/consolidate/entities.js";
import { isMain } from "../harness.js";
import { syntheticArticles } from "./ingest.js";

export interface EntitiesSpeed {
  readonly articles: number;
  readonly mentions: number;
  readonly seconds: number;
  /** Time the trained tagger alone takes over the same sentences, for the share it has. */
  readonly taggerSeconds: number;
  /** Time of `resolveEntities` over all the articles taken as one story, and its entity count. */
  readonly resolveSeconds: number;
  readonly entities: number;
}

export function measureEntities(count = 500): EntitiesSpeed {
  const ctx = makeContext();
  const pipeline = cleanPipeline();
  const docs: ArticleDoc[] = [];
  syntheticArticles(count, 7).forEach((bytes, i) => {
    const source = `synthetic/${i}.txt`;
    for (const raw of toArticles(source, decodeText(bytes, source), "text"))
      docs.push(analyzeArticle(raw, ctx, pipeline));
  });
  for (const doc of docs.slice(0, 20)) entitiesStage.run(doc, ctx);
  let mentions = 0;
  const done: ArticleDoc[] = [];
  const start = process.hrtime.bigint();
  for (const doc of docs) {
    const out = entitiesStage.run(doc, ctx);
    mentions += out.layers.mentions?.length ?? 0;
    done.push(out);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // Story-wide resolution over all the articles as one story (a worst case: real stories are smaller).
  const r0 = process.hrtime.bigint();
  const entities = resolveEntities({ articles: done.map((doc, n) => ({ key: `a${n + 1}`, doc })) }).entities
    .length;
  const resolveSeconds = Number(process.hrtime.bigint() - r0) / 1e9;
  const t0 = process.hrtime.bigint();
  for (const doc of docs) {
    const tokens = layer(doc, "tokens");
    for (const s of layer(doc, "sentences")) {
      const words = tokens.filter((t) => t.start >= s.start && t.end <= s.end).map((t) => t.text);
      tagTokens(words, defaultPacks.get(doc.meta.language).tagger);
    }
  }
  const taggerSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { articles: docs.length, mentions, seconds, taggerSeconds, resolveSeconds, entities };
}

export function report(r: EntitiesSpeed): string {
  return `speed: entities ${(r.articles / r.seconds).toFixed(0)} articles/s, ${(r.mentions / r.seconds).toFixed(0)} mentions/s (${r.articles} articles, ${r.mentions} mentions, ${r.seconds.toFixed(2)} s, one core; the tagger alone ${r.taggerSeconds.toFixed(2)} s; resolving all as one story ${r.resolveSeconds.toFixed(2)} s, ${r.entities} entities)`;
}

if (isMain(import.meta.url)) {
  const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 500);
  console.log(report(measureEntities(n)));
}
