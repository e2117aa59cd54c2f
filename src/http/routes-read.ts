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

const get = <P extends string, R extends object>(path: P, summary: string, request: R, ok: z.ZodType) =>
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
    z.object({ total: z.number().int(), stories: z.array(StorySchema) }),
  ),
  story: get("/api/stories/{id}", "One story", { params: IdParam }, StorySchema),
  dossier: get("/api/stories/{id}/dossier", "A story's dossier", { params: IdParam }, DossierSchema),
  storyArticles: get(
    "/api/stories/{id}/articles",
    "A story's articles",
    { params: IdParam },
    z.object({ articles: z.array(ArticleSchema) }),
  ),
  storyEntities: get(
    "/api/stories/{id}/entities",
    "Entities of a story's articles, most mentioned first",
    { params: IdParam },
    z.object({ entities: z.array(EntityRecordSchema) }),
  ),
  storyQuotes: get(
    "/api/stories/{id}/quotes",
    "Who said what in a story",
    { params: IdParam },
    z.object({ quotes: z.array(DossierQuoteSchema) }),
  ),
  articles: get(
    "/api/articles",
    "Stored articles",
    { query: ArticleListQuery },
    z.object({ articles: z.array(ArticleSchema) }),
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
    z.object({ entities: z.array(EntityRecordSchema) }),
  ),
  search: get(
    "/api/search",
    "Full-text search over articles",
    { query: SearchQuery },
    z.object({ hits: z.array(SearchHitSchema) }),
  ),
};

async function must<T>(value: Promise<T | null>, what: string, id: string): Promise<T> {
  const found = await value;
  if (found === null) throw new DomainError("E_NOT_FOUND", { what, id });
  return found;
}

/** Layers worth sending: the rest (tokens, sentences) are large and derivable. */
const ANNOTATION_LAYERS = ["mentions", "dates", "quotes", "claims"] as const;

// The store returns readonly records; the response schemas' inferred types are mutable arrays.
// Every handler's body is built from those records unchanged, so one cast at the edge is safe.
// biome-ignore lint/suspicious/noExplicitAny: see above.
type Body = any;

export function registerReadRoutes(
  app: OpenAPIHono,
  store: Store,
  storedDossierOf: (id: string) => Promise<Dossier | null> = (id) => store.getDossier(id),
): void {
  const dossierOf = async (id: string): Promise<Dossier | null> => {
    const dossier = await storedDossierOf(id);
    return dossier && publicDossier(dossier);
  };
  app.openapi(routes.stories, async (c) =>
    c.json((await filterStories(store, c.req.valid("query"))) as Body, 200),
  );
  app.openapi(routes.story, async (c) => {
    const { id } = c.req.valid("param");
    return c.json((await must(store.getStory(id), "story", id)) as Body, 200);
  });
  const cache = new DossierCache();
  app.openapi(routes.dossier, async (c) => {
    const { id } = c.req.valid("param");
    const story = await must(store.getStory(id), "story", id);
    const cached = await must(
      cache.get(story, () => dossierOf(id)),
      "dossier of story",
      id,
    );
    const headers = { etag: cached.etag, "cache-control": "no-cache", vary: "accept-encoding" };
    if (c.req.header("if-none-match") === cached.etag) return c.body(null, 304, headers) as Body;
    if (/\bgzip\b/.test(c.req.header("accept-encoding") ?? "")) {
      return c.body(cached.gzip, 200, {
        ...headers,
        "content-type": "application/json",
        "content-encoding": "gzip",
      }) as Body;
    }
    return c.body(cached.body, 200, { ...headers, "content-type": "application/json" }) as Body;
  });
  app.openapi(routes.storyArticles, async (c) => {
    const { id } = c.req.valid("param");
    await must(store.getStory(id), "story", id);
    const articles = await store.listArticles({ storyId: id, limit: 10_000 });
    return c.json({ articles: articles.map(publicArticle) } as Body, 200);
  });
  app.openapi(routes.storyEntities, async (c) => {
    const { id } = c.req.valid("param");
    await must(store.getStory(id), "story", id);
    return c.json({ entities: await store.listEntities({ storyId: id, limit: 1000 }) } as Body, 200);
  });
  app.openapi(routes.storyQuotes, async (c) => {
    const { id } = c.req.valid("param");
    const dossier = await must(dossierOf(id), "dossier of story", id);
    return c.json({ quotes: dossier.quotes } as Body, 200);
  });
  app.openapi(routes.articles, async (c) => {
    const { limit, offset, story, since } = c.req.valid("query");
    const articles = await store.listArticles({ limit, offset, storyId: story, since });
    return c.json({ articles: articles.map(publicArticle) } as Body, 200);
  });
  app.openapi(routes.article, async (c) => {
    const { id } = c.req.valid("param");
    const article = await must(store.getArticle(id), "article", id);
    const doc = await store.getDoc(id);
    const annotations = Object.fromEntries(ANNOTATION_LAYERS.map((k) => [k, doc?.layers[k] ?? []]));
    return c.json({ article: publicArticle(article), annotations } as Body, 200);
  });
  app.openapi(routes.entities, async (c) => {
    const { limit, story } = c.req.valid("query");
    return c.json({ entities: await store.listEntities({ limit, storyId: story }) } as Body, 200);
  });
  app.openapi(routes.search, async (c) => {
    const { q, limit, offset, language } = c.req.valid("query");
    const hits = await store.search(q, { limit, offset, language });
    return c.json({ hits: hits.map((h) => ({ ...h, article: publicArticle(h.article) })) } as Body, 200);
  });
}
