/**
 * @module
 * The main job: raw articles in, one dossier out. Per-article stages run through the pipeline;
 * consolidation then works on the whole set as one story.
 */
import type { RunContext } from "../core/context.js";
import { contentId } from "../core/doc/content-id.js";
import { type ArticleDoc, docFromRaw, type RawArticle } from "../core/doc/document.js";
import { DOSSIER_SCHEMA, type Dossier, type DossierArticle } from "../core/dossier.js";
import { type Pipeline, runPipeline } from "../core/pipeline/stage.js";
import { analysisCut } from "../ingest/limits.js";
import { consolidate } from "../story/consolidate/index.js";
import type { Story, StoryArticle } from "../story/consolidate/story.js";
import { defaultPipeline } from "./pipeline.js";
import { VERSION } from "./version.js";

/**
 * Runs the per-article pipeline on one raw article. A text longer than the analysis limit
 * (`ingest/limits.ts`) is analysed up to a paragraph break under it, so no document costs
 * more than a bounded time; the document keeps the whole raw text (and its id is that text's), and
 * since the analysed part is a prefix of it, every offset still points at the right characters.
 */
export function analyzeArticle(
  raw: RawArticle,
  ctx: RunContext,
  pipeline: Pipeline = defaultPipeline(),
): ArticleDoc {
  const id = contentId(raw.raw);
  const cut = analysisCut(raw.raw);
  if (cut === raw.raw.length) return runPipeline(pipeline, docFromRaw(raw, id), ctx);
  const doc = runPipeline(pipeline, docFromRaw({ ...raw, raw: raw.raw.slice(0, cut) }, id), ctx);
  return Object.freeze({ ...doc, raw: raw.raw });
}

/** Builds the dossier of already analysed articles, taken as one story. */
export function buildDossier(docs: readonly ArticleDoc[]): Dossier {
  const story: Story = { articles: docs.map((doc, i): StoryArticle => ({ key: `a${i + 1}`, doc })) };
  const parts = consolidate(story);
  return {
    schema: DOSSIER_SCHEMA,
    generator: { name: "kabar", version: VERSION },
    articles: story.articles.map(({ key, doc }) => toDossierArticle(key, doc, parts.origins.get(key) ?? [])),
    entities: parts.entities,
    timeline: parts.timeline,
    quotes: parts.quotes,
    claims: parts.claims,
    contradictions: parts.contradictions,
    summary: parts.summary,
  };
}

function toDossierArticle(key: string, doc: ArticleDoc, origins: readonly string[]): DossierArticle {
  const m = doc.meta;
  return {
    id: key,
    contentId: doc.id,
    source: doc.source,
    outlet: m.outlet,
    title: m.title,
    url: m.url,
    language: m.language,
    published: m.published,
    authors: m.authors,
    editors: m.editors,
    contributors: m.contributors,
    agencies: m.agencies,
    citedSources: m.citedSources,
    origins,
    dateline: m.dateline,
    text: doc.text,
    removed: doc.removed.map(({ text, reason }) => ({ text, reason })),
  };
}
