/**
 * @module
 * The `kabar.dossier/1` contract (src/core/dossier.ts) as zod schemas, so /openapi.json describes
 * exactly what the dossier endpoints return. Objects are loose: the contract says fields may be
 * added, and a client must not break when they are.
 */
import { z } from "@hono/zod-openapi";

const span = {
  article: z.string().openapi({ description: "Dossier-local article key (a1, a2, …)." }),
  start: z.number().int().openapi({ description: "UTF-16 offset into the article's cleaned text." }),
  end: z.number().int().openapi({ description: "Exclusive UTF-16 end offset." }),
  text: z.string(),
};

export const EvidenceSchema = z.looseObject(span).openapi("Evidence");

export const DossierArticleSchema = z
  .looseObject({
    id: z.string(),
    contentId: z.string(),
    source: z.string(),
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    language: z.string().nullable(),
    published: z.looseObject({
      value: z.string().nullable(),
      basis: z.enum(["stated", "inferred", "unknown"]),
      notBefore: z.string().optional(),
    }),
    authors: z.array(z.string()),
    editors: z.array(z.string()),
    contributors: z.array(z.string()),
    agencies: z.array(z.string()),
    citedSources: z.array(z.string()),
    origins: z.array(z.string()),
    dateline: z.string().nullable(),
    text: z.string(),
    removed: z.array(z.looseObject({ text: z.string(), reason: z.string() })),
  })
  .openapi("DossierArticle");

export const DossierEntitySchema = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    aliases: z.array(z.string()),
    mentions: z.array(z.looseObject(span)),
  })
  .openapi("DossierEntity");

export const TimelineEntrySchema = z
  .looseObject({
    date: z.string(),
    what: z.string(),
    articles: z.array(z.string()),
    evidence: z.array(EvidenceSchema),
    scheduled: z.boolean().optional(),
    background: z.boolean().optional(),
    disputedDates: z.array(z.string()).optional(),
  })
  .openapi("TimelineEntry");

export const DossierQuoteSchema = z
  .looseObject({
    ...span,
    direct: z.boolean(),
    speaker: z.looseObject({ entity: z.string().nullable(), name: z.string() }).nullable(),
  })
  .openapi("DossierQuote");

export const DossierClaimSchema = z
  .looseObject({
    id: z.string(),
    what: z.string(),
    articles: z.array(z.string()),
    origins: z.array(z.string()),
    evidence: z.array(EvidenceSchema),
    singleSource: z.boolean().optional(),
    confidence: z.number().optional(),
  })
  .openapi("DossierClaim");

export const ContradictionSchema = z
  .looseObject({
    topic: z.string(),
    slot: z.string().optional(),
    values: z.array(
      z.looseObject({ value: z.string(), articles: z.array(z.string()), evidence: z.array(EvidenceSchema) }),
    ),
  })
  .openapi("Contradiction");

export const DossierSchema = z
  .looseObject({
    schema: z.literal("kabar.dossier/1"),
    generator: z.looseObject({ name: z.literal("kabar"), version: z.string() }),
    articles: z.array(DossierArticleSchema),
    entities: z.array(DossierEntitySchema),
    timeline: z.array(TimelineEntrySchema),
    quotes: z.array(DossierQuoteSchema),
    claims: z.array(DossierClaimSchema),
    contradictions: z.array(ContradictionSchema),
    summary: z.looseObject({
      text: z.string(),
      citations: z.array(
        z.looseObject({ start: z.number().int(), end: z.number().int(), articles: z.array(z.string()) }),
      ),
    }),
  })
  .openapi("Dossier");
