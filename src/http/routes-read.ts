/**
 * @module
 * The read endpoints: stories (filtered list, one story, its dossier, articles, entities, quotes),
 * articles with their annotation layers, entities and full-text search. Each route is declared
 * once with its zod schemas, which both validate the request and describe it in /openapi.json.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Dossier } from "../core/dossier.js";
import { DomainError } from "../core/errors.js";
import type { Store } from "../storage/store.js";
import { DossierCache } from "./dossier-cache.js";
import { publicArticle, publicDossier } from "./public-source.js";
import {
  ArticleDetailSchema,
  ArticleListQuery,
  ArticleSchema,
  EntityQuery,
  EntityRecordSchema,
  ErrorSchema,
  IdParam,
  SearchHitSchema,
  SearchQuery,
  StoryListQuery,
  StorySchema,
} from "./schemas/api.js";
import { DossierQuoteSchema, DossierSchema } from "./schemas/dossier.js";
import { filterStories } from "./story-filter.js";

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

const errors = {
  400: json(ErrorSchema, "Invalid request (E_VALIDATION)."),
  404: json(ErrorSchema, "No such item (E_NOT_FOUND)."),
};

const get = <P extends string, R extends object, S extends z.ZodType>(
  path: P,
  summary: string,
  request: R,
  ok: S,
) =>
  createRoute({
    method: "get",
    path,
    summary,
    tags: ["read"],
    request,
    responses: { 200: json(ok, "OK"), ...errors },
  });

const routes = {
  stories: get(
    "/api/stories",
    "Stories, newest first, filtered by words, language, outlet and date range",
    { query: StoryListQuery },
    z.object({ total: z.number().int(), stories: z.array(StorySchema).readonly() }),
  ),
  story: get("/api/stories/{id}", "One story", { params: IdParam }, StorySchema),
  dossier: createRoute({
    method: "get",
    path: "/api/stories/{id}/dossier",
    summary: "A story's dossier",
    tags: ["read"],
    request: { params: IdParam },
    responses: {
      // The body is the cached serialisation of a `Dossier` (gzipped when accepted), sent as it
      // is; declaring the 304 lets the handler return those prepared bodies.
      200: json(DossierSchema, "OK"),
      304: { description: "Not modified: the If-None-Match ETag is current." },
      ...errors,
    },
  }),
  storyArticles: get(
    "/api/stories/{id}/articles",
    "A story's articles",
    { params: IdParam },
    z.object({ articles: z.array(ArticleSchema).readonly() }),
  ),
  storyEntities: get(
    "/api/stories/{id}/entities",
    "Entities of a story's articles, most mentioned first",
    { params: IdParam },
    z.object({ entities: z.array(EntityRecordSchema).readonly() }),
  ),
  storyQuotes: get(
    "/api/stories/{id}/quotes",
    "Who said what in a story",
    { params: IdParam },
    z.object({ quotes: z.array(DossierQuoteSchema).readonly() }),
  ),
  articles: get(
    "/api/articles",
    "Stored articles",
    { query: ArticleListQuery },
    z.object({ articles: z.array(ArticleSchema).readonly() }),
  ),
  article: get(
    "/api/articles/{id}",
    "One article with its annotation layers",
    { params: IdParam },
    ArticleDetailSchema,
  ),
  entities: get(
    "/api/entities",
    "Entities, most mentioned first",
    { query: EntityQuery },
    z.object({ entities: z.array(EntityRecordSchema).readonly() }),
  ),
  search: get(
    "/api/search",
    "Full-text search over articles",
    { query: SearchQuery },
    z.object({ hits: z.array(SearchHitSchema).readonly() }),
  ),
};

async function must<T>(value: Promise<T | null>, what: string, id: string): Promise<T> {
  const found = await value;
  if (found === null) throw new DomainError("E_NOT_FOUND", { what, id });
  return found;
}

export function registerReadRoutes(
  app: OpenAPIHono,
  store: Store,
  storedDossierOf: (id: string) => Promise<Dossier | null> = (id) => store.getDossier(id),
  dossierVersion?: (id: string) => number,
): void {
  const dossierOf = async (id: string): Promise<Dossier | null> => {
    const dossier = await storedDossierOf(id);
    return dossier && publicDossier(dossier);
  };
  app.openapi(routes.stories, async (c) => c.json(await filterStories(store, c.req.valid("query")), 200));
  app.openapi(routes.story, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await must(store.getStory(id), "story", id), 200);
  });
  const cache = new DossierCache();
  app.openapi(routes.dossier, async (c) => {
    const { id } = c.req.valid("param");
    const story = await must(store.getStory(id), "story", id);
    const cached = await must(
      cache.get(story, () => dossierOf(id), dossierVersion?.(id)),
      "dossier of story",
      id,
    );
    const headers = { etag: cached.etag, "cache-control": "no-cache", vary: "accept-encoding" };
    if (c.req.header("if-none-match") === cached.etag) return c.body(null, 304, headers);
    if (/\bgzip\b/.test(c.req.header("accept-encoding") ?? "")) {
      return c.body(cached.gzip, 200, {
        ...headers,
        "content-type": "application/json",
        "content-encoding": "gzip",
      });
    }
    return c.body(cached.body, 200, { ...headers, "content-type": "application/json" });
  });
  app.openapi(routes.storyArticles, async (c) => {
    const { id } = c.req.valid("param");
    await must(store.getStory(id), "story", id);
    const articles = await store.listArticles({ storyId: id, limit: 10_000 });
    return c.json({ articles: articles.map(publicArticle) }, 200);
  });
  app.openapi(routes.storyEntities, async (c) => {
    const { id } = c.req.valid("param");
    await must(store.getStory(id), "story", id);
    return c.json({ entities: await store.listEntities({ storyId: id, limit: 1000 }) }, 200);
  });
  app.openapi(routes.storyQuotes, async (c) => {
    const { id } = c.req.valid("param");
    const dossier = await must(dossierOf(id), "dossier of story", id);
    return c.json({ quotes: dossier.quotes }, 200);
  });
  app.openapi(routes.articles, async (c) => {
    const { limit, offset, story, since } = c.req.valid("query");
    const articles = await store.listArticles({ limit, offset, storyId: story, since });
    return c.json({ articles: articles.map(publicArticle) }, 200);
  });
  app.openapi(routes.article, async (c) => {
    const { id } = c.req.valid("param");
    const article = await must(store.getArticle(id), "article", id);
    const doc = await store.getDoc(id);
    const layers = doc?.layers;
    // Layers worth sending: the rest (tokens, sentences) are large and derivable.
    const annotations = {
      mentions: layers?.mentions ?? [],
      dates: layers?.dates ?? [],
      quotes: layers?.quotes ?? [],
      claims: layers?.claims ?? [],
    };
    return c.json({ article: publicArticle(article), annotations }, 200);
  });
  app.openapi(routes.entities, async (c) => {
    const { limit, story } = c.req.valid("query");
    return c.json({ entities: await store.listEntities({ limit, storyId: story }) }, 200);
  });
  app.openapi(routes.search, async (c) => {
    const { q, limit, offset, language } = c.req.valid("query");
    const hits = await store.search(q, { limit, offset, language });
    return c.json({ hits: hits.map((h) => ({ ...h, article: publicArticle(h.article) })) }, 200);
  });
}
