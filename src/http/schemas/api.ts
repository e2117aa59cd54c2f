/**
 * @module
 * The zod schemas of the API's requests and of the store records it returns. The same objects
 * validate incoming queries and bodies and generate /openapi.json, so the description cannot
 * drift from what the server accepts. Response objects are plain `z.object`s (no
 * `additionalProperties` in the document, so clients accept fields added later) with readonly
 * arrays, which lets handlers return the store's readonly records as they are, typed by the schema.
 */
import { z } from "@hono/zod-openapi";

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "E_NOT_FOUND" }),
      message: z.string().openapi({ example: "story not found: s42" }),
    }),
  })
  .openapi("Error");

/** Whether an ISO prefix names a real month and day (the pattern alone lets 2024-13-45 through). */
function realDate(value: string): boolean {
  const [y, m = 1, d = 1] = value.slice(0, 10).split("-").map(Number);
  const day = new Date(Date.UTC(y!, m - 1, d));
  return m >= 1 && m <= 12 && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, "an ISO 8601 date")
  .refine(realDate, "a real calendar date")
  .openapi({ example: "2023-09-12" });

export const PageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ example: 50 }),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const StoryListQuery = z.object({
  ...PageQuery,
  q: z.string().max(200).optional().openapi({ description: "Words that must appear in the story." }),
  language: z.string().max(35).optional().openapi({ example: "id" }),
  outlet: z.string().max(200).optional().openapi({ example: "Kompas.com" }),
  from: isoDate.optional().openapi({ description: "Stories with an article published on or after." }),
  to: isoDate.optional().openapi({ description: "Stories with an article published on or before." }),
  since: isoDate.optional().openapi({ description: "Stories updated on or after (ISO 8601)." }),
});

export const SearchQuery = z.object({
  ...PageQuery,
  q: z.string().min(1).max(200),
  language: z.string().max(35).optional(),
});

export const EntityQuery = z.object({
  limit: PageQuery.limit,
  story: z.string().max(100).optional(),
});

export const ArticleListQuery = z.object({
  ...PageQuery,
  story: z.string().max(100).optional(),
  since: isoDate.optional(),
});

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[\w.:-]+$/, "an id")
    .openapi({ param: { name: "id", in: "path" }, example: "s1" }),
});

export const StorySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    articleCount: z.number().int(),
    outlets: z.array(z.string()).readonly(),
    languages: z.array(z.string()).readonly(),
    firstPublished: z.string().nullable(),
    lastPublished: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Story");

export const ArticleSchema = z
  .object({
    id: z.string(),
    contentId: z.string(),
    url: z.string().nullable(),
    source: z.string(),
    outlet: z.string().nullable(),
    title: z.string().nullable(),
    language: z.string().nullable(),
    published: z.string().nullable(),
    publishedBasis: z.string(),
    text: z.string(),
    version: z.number().int(),
    ingestedAt: z.string(),
    updatedAt: z.string(),
    storyId: z.string().nullable(),
  })
  .openapi("Article");

const AnnotationSchema = z
  .object({ start: z.number().int(), end: z.number().int() })
  .openapi("Annotation", { description: "A standoff span over the cleaned text; fields vary by layer." });

export const ArticleDetailSchema = z
  .object({
    article: ArticleSchema,
    annotations: z.object({
      mentions: z.array(AnnotationSchema).readonly(),
      dates: z.array(AnnotationSchema).readonly(),
      quotes: z.array(AnnotationSchema).readonly(),
      claims: z.array(AnnotationSchema).readonly(),
    }),
  })
  .openapi("ArticleDetail");

export const EntityRecordSchema = z
  .object({ name: z.string(), type: z.string(), articles: z.number().int() })
  .openapi("EntityRecord");

export const SearchHitSchema = z
  .object({ article: ArticleSchema, score: z.number(), snippet: z.string() })
  .openapi("SearchHit");

export const IngestDocumentBody = z
  .object({
    text: z.string().min(1).openapi({ description: "Plain text or HTML of one article." }),
    format: z.enum(["text", "html"]).default("text"),
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    title: z.string().max(1000).optional(),
    outlet: z.string().max(200).optional(),
    published: isoDate.optional(),
    language: z.string().max(35).optional(),
  })
  .openapi("IngestDocument");

export const IngestResultSchema = z
  .object({
    id: z.string(),
    status: z.enum(["inserted", "updated", "unchanged"]),
    version: z.number().int(),
    storyId: z.string().nullable(),
  })
  .openapi("IngestResult");

export const IngestFeedBody = z
  .object({ url: z.url({ protocol: /^https?$/ }).max(2000) })
  .openapi("IngestFeed");

export const IngestFeedResultSchema = z
  .object({
    url: z.string(),
    articles: z.array(IngestResultSchema),
    failures: z.array(z.object({ source: z.string(), code: z.string(), message: z.string() })),
  })
  .openapi("IngestFeedResult");
