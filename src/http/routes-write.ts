/**
 * @module
 * The write endpoints: ingest one document, ingest a feed URL. Both need the bearer token (the
 * middleware runs before the body is read, so an anonymous client cannot even make the server
 * parse a large body) and go through the {@link Ingestor}, which analyses, stores and clusters.
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { apiArticle } from "./api-article.js";
import { requireToken } from "./auth.js";
import type { Ingestor } from "./deps.js";
import {
  ErrorSchema,
  IngestDocumentBody,
  IngestFeedBody,
  IngestFeedResultSchema,
  IngestResultSchema,
} from "./schemas/api.js";

const json = (
  schema: typeof ErrorSchema | typeof IngestResultSchema | typeof IngestFeedResultSchema,
  d: string,
) => ({
  content: { "application/json": { schema } },
  description: d,
});

const refusals = {
  400: json(ErrorSchema, "Invalid body (E_VALIDATION)."),
  401: json(ErrorSchema, "Missing or wrong bearer token (E_UNAUTHORIZED)."),
  413: json(ErrorSchema, "Body over the size limit (E_BODY_TOO_LARGE)."),
  422: json(ErrorSchema, "The input could not be read as an article (E_INPUT_*)."),
};

const ingestDocument = createRoute({
  method: "post",
  path: "/api/articles",
  summary: "Ingest one article (text or HTML): analyse, store, assign to a story",
  tags: ["write"],
  security: [{ bearer: [] }],
  request: { body: { content: { "application/json": { schema: IngestDocumentBody } }, required: true } },
  responses: { 201: json(IngestResultSchema, "Stored (or already stored: status unchanged)."), ...refusals },
});

const ingestFeed = createRoute({
  method: "post",
  path: "/api/feeds",
  summary: "Fetch an RSS/Atom feed URL and ingest its articles",
  tags: ["write"],
  security: [{ bearer: [] }],
  request: { body: { content: { "application/json": { schema: IngestFeedBody } }, required: true } },
  responses: {
    200: json(IngestFeedResultSchema, "Feed read; per-article results and failures."),
    ...refusals,
    502: json(ErrorSchema, "The feed could not be fetched or parsed (E_FEED_*)."),
  },
});

export function registerWriteRoutes(app: OpenAPIHono, ingestor: Ingestor, token: string): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "The token kabar serve generates on first start, stored beside the database.",
  });
  const auth = requireToken(token);
  app.use("/api/articles", async (c, next) => (c.req.method === "POST" ? auth(c, next) : next()));
  app.use("/api/feeds", auth);
  app.openapi(ingestDocument, async (c) => {
    const raw = apiArticle(c.req.valid("json"));
    return c.json({ ...(await ingestor.ingestDocument(raw)) }, 201);
  });
  app.openapi(ingestFeed, async (c) => {
    const { url } = c.req.valid("json");
    const out = await ingestor.ingestFeed(url);
    return c.json({ url: out.url, articles: [...out.articles], failures: [...out.failures] }, 200);
  });
}
