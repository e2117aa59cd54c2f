/**
 * @module
 * `GET /api/entities/{key}`: one entity across stories (key `type:name`, e.g. `person:Joko
 * Widodo`): its aliases, the stories and quotes it appears in, and the entities it appears with.
 *
 * The entity is the same across stories when its type and name (or one of its aliases) agree,
 * case aside, since each dossier resolves entities on its own. Candidate stories come from a
 * full-text search on the name, so the cost follows the entity's coverage, not the archive's size.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Dossier, DossierEntity } from "../core/dossier.js";
import { DomainError } from "../core/errors.js";
import type { Store } from "../storage/store.js";
import { ErrorSchema } from "./schemas/api.js";

const EntityKeyParam = z.object({
  key: z
    .string()
    .min(3)
    .max(300)
    .regex(/^[a-z]+:.+$/)
    .openapi({ param: { name: "key", in: "path" }, example: "person:Joko Widodo" }),
});

const EntityProfileSchema = z
  .object({
    key: z.string(),
    name: z.string(),
    type: z.string(),
    aliases: z.array(z.string()),
    stories: z.array(
      z.object({ id: z.string(), title: z.string().nullable(), mentions: z.number(), articles: z.number() }),
    ),
    quotes: z.array(
      z.object({
        story: z.string(),
        article: z.string(),
        outlet: z.string().nullable(),
        text: z.string(),
        direct: z.boolean(),
        speaker: z.string(),
      }),
    ),
    related: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        type: z.string(),
        stories: z.number(),
        mentions: z.number(),
      }),
    ),
  })
  .openapi("EntityProfile");

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

const route = createRoute({
  method: "get",
  path: "/api/entities/{key}",
  summary: "One entity across stories: aliases, stories, quotes and co-occurring entities",
  tags: ["read"],
  request: { params: EntityKeyParam },
  responses: {
    200: json(EntityProfileSchema, "OK"),
    400: json(ErrorSchema, "Invalid request (E_VALIDATION)."),
    404: json(ErrorSchema, "No such item (E_NOT_FOUND)."),
  },
});

export function registerEntityRoutes(
  app: OpenAPIHono,
  store: Store,
  dossierOf: (id: string) => Promise<Dossier | null> = (id) => store.getDossier(id),
): void {
  app.openapi(route, async (c) => {
    const { key } = c.req.valid("param");
    const profile = await entityProfile(store, dossierOf, key);
    if (!profile) throw new DomainError("E_NOT_FOUND", { what: "entity", id: key });
    return c.json(profile, 200);
  });
}

export interface EntityProfile {
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: string[];
  readonly stories: { id: string; title: string | null; mentions: number; articles: number }[];
  readonly quotes: {
    story: string;
    article: string;
    outlet: string | null;
    text: string;
    direct: boolean;
    speaker: string;
  }[];
  readonly related: { key: string; name: string; type: string; stories: number; mentions: number }[];
}

/** `person:Joko Widodo` → its parts; the name may itself hold colons. */
export function parseEntityKey(key: string): { type: string; name: string } | null {
  const at = key.indexOf(":");
  if (at <= 0 || at === key.length - 1) return null;
  return { type: key.slice(0, at), name: key.slice(at + 1).trim() };
}

export const entityKey = (e: { type: string; name: string }): string => `${e.type}:${e.name}`;

const fold = (s: string): string => s.normalize("NFKC").toLocaleLowerCase().trim();

function matches(e: DossierEntity, type: string, name: string): boolean {
  return e.type === type && [e.name, ...e.aliases].some((n) => fold(n) === name);
}

export async function entityProfile(
  store: Store,
  dossierOf: (id: string) => Promise<Dossier | null>,
  key: string,
  maxStories = 100,
): Promise<EntityProfile | null> {
  const parsed = parseEntityKey(key);
  if (!parsed) return null;
  const name = fold(parsed.name);
  // Words only: the search's query syntax must not see quotes or operators from a name.
  const words = parsed.name.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  const hits = await store.search(words.join(" "), { limit: 500 }).catch(() => []);
  const storyIds = [...new Set(hits.map((h) => h.article.storyId).filter((s): s is string => !!s))];
  const aliases = new Map<string, string>();
  const stories: EntityProfile["stories"] = [];
  const quotes: EntityProfile["quotes"][number][] = [];
  const related = new Map<string, { name: string; type: string; stories: number; mentions: number }>();
  let shownName = parsed.name;
  for (const id of storyIds.slice(0, maxStories)) {
    const dossier = await dossierOf(id);
    const found = dossier?.entities.filter((e) => matches(e, parsed.type, name)) ?? [];
    if (!dossier || found.length === 0) continue;
    const story = await store.getStory(id);
    const ids = new Set(found.map((e) => e.id));
    for (const e of found) {
      shownName = e.name;
      for (const n of [e.name, ...e.aliases]) if (!aliases.has(fold(n))) aliases.set(fold(n), n);
    }
    const mentions = found.flatMap((e) => e.mentions);
    stories.push({
      id,
      title: story?.title ?? null,
      mentions: mentions.length,
      articles: new Set(mentions.map((m) => m.article)).size,
    });
    const outlet = new Map(dossier.articles.map((a) => [a.id, a.outlet]));
    for (const q of dossier.quotes) {
      if (!q.speaker || !((q.speaker.entity && ids.has(q.speaker.entity)) || fold(q.speaker.name) === name))
        continue;
      quotes.push({
        story: id,
        article: q.article,
        outlet: outlet.get(q.article) ?? null,
        text: q.text,
        direct: q.direct,
        speaker: q.speaker.name,
      });
    }
    // Co-occurring: the other entities of the same articles, counted once per story.
    const articles = new Set(mentions.map((m) => m.article));
    for (const other of dossier.entities) {
      if (ids.has(other.id)) continue;
      const together = other.mentions.filter((m) => articles.has(m.article)).length;
      if (together === 0) continue;
      const k = entityKey(other);
      const r = related.get(k) ?? { name: other.name, type: other.type, stories: 0, mentions: 0 };
      r.stories += 1;
      r.mentions += together;
      related.set(k, r);
    }
  }
  if (stories.length === 0) return null;
  aliases.delete(fold(shownName));
  return {
    key: entityKey({ type: parsed.type, name: shownName }),
    name: shownName,
    type: parsed.type,
    aliases: [...aliases.values()],
    stories: stories.sort((a, b) => b.mentions - a.mentions),
    quotes: quotes.slice(0, 100),
    related: [...related]
      .map(([k, r]) => ({ key: k, ...r }))
      .sort((a, b) => b.stories - a.stories || b.mentions - a.mentions)
      .slice(0, 30),
  };
}
