/**
 * @module
 * Dates stage speed: articles and date mentions a second on one core, for the stage alone. The
 * synthetic seed-like articles of the ingest bench are cleaned and segmented outside the timed
 * loop, with no publication date, so every article also pays for reference-time inference (the
 * slower path: two chrono passes). Run with `npx tsx bench/speed/dates.ts [count]`; the last line
 * is `dates speed: N articles/s, M mentions/s (K articles)`.
 */
import { analyzeArticle } from "../../src/app/analyze.js";
import { makeContext } from "../../src/app/context.js";
import { cleanPipeline } from "../../src/app/pipeline.js";
import { type ArticleDoc, EMPTY_META, withMeta } from "../../src/core/doc/document.js";
import { decodeText } from "../../src/ingest/decode.js";
import { toArticles } from "../../src/ingest/read-inputs.js";
import { datesStage } from "../../src/stages/dates/index.js";
import { isMain } from "../harness.js";
import { syntheticArticles } from "./ingest.js";

export interface DatesSpeed {
  readonly articles: number;
  readonly mentions: number;
  readonly seconds: number;
}

export function measureDates(count = 1000): DatesSpeed {
  const ctx = makeContext();
  const pipeline = cleanPipeline();
  const docs: ArticleDoc[] = [];
  syntheticArticles(count, 11).forEach((bytes, i) => {
    const source = `synthetic/${i}.txt`;
    for (const raw of toArticles(source, decodeText(bytes, source), "text")) {
      // Forget any stamp cleaning found, so the timed loop includes inference.
      docs.push(withMeta(analyzeArticle(raw, ctx, pipeline), { published: EMPTY_META.published }));
    }
  });
  for (const doc of docs.slice(0, 20)) datesStage.run(doc, ctx);
  let mentions = 0;
  const start = process.hrtime.bigint();
  for (const doc of docs) mentions += datesStage.run(doc, ctx).layers.dates?.length ?? 0;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { articles: docs.length, mentions, seconds };
}

export function report(s: DatesSpeed): string {
  return `dates speed: ${Math.round(s.articles / s.seconds)} articles/s, ${Math.round(s.mentions / s.seconds)} mentions/s (${s.articles} articles)`;
}

if (isMain(import.meta.url)) {
  const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1000);
  console.log(report(measureDates(n)));
}
