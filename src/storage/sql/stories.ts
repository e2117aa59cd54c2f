/**
 * @module
 * Story rows in SQL: membership lives on the article (`articles.story_id`); the story row is a
 * summary (count, outlets, languages, date span) recomputed from its members whenever one joins,
 * so it can never drift from them.
 */
import { type Kysely, type Selectable, sql } from "kysely";
import type { ClusterMember, StoryRecord } from "../store.js";
import type { Database, StoriesTable } from "./schema.js";

export function toStory(r: Selectable<StoriesTable>): StoryRecord {
  return {
    id: r.id,
    title: r.title,
    articleCount: r.article_count,
    outlets: JSON.parse(r.outlets) as string[],
    languages: JSON.parse(r.languages) as string[],
    firstPublished: r.first_published,
    lastPublished: r.last_published,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Puts an article into a story and refreshes the story's summary, inside a write transaction. A
 * first placement folds the article into the summary (constant work however big the story); a
 * re-placement recomputes the summary from all members.
 */
export async function assignStory(
  db: Kysely<Database>,
  articleId: string,
  storyId: string,
  at: string,
): Promise<void> {
  const article = await db
    .selectFrom("articles")
    .select(["title", "outlet", "language", "published", "story_id"])
    .where("id", "=", articleId)
    .executeTakeFirst();
  if (!article) return;
  await db.updateTable("articles").set({ story_id: storyId }).where("id", "=", articleId).execute();
  const story = await db.selectFrom("stories").selectAll().where("id", "=", storyId).executeTakeFirst();
  if (article.story_id === null && story) {
    const merge = (json: string, v: string | null): string =>
      JSON.stringify([...new Set([...(JSON.parse(json) as string[]), ...(v ? [v] : [])])].sort());
    const d = article.published;
    await db
      .updateTable("stories")
      .set({
        title: story.title ?? article.title,
        article_count: story.article_count + 1,
        outlets: merge(story.outlets, article.outlet),
        languages: merge(story.languages, article.language),
        first_published:
          d && (!story.first_published || d < story.first_published) ? d : story.first_published,
        last_published: d && (!story.last_published || d > story.last_published) ? d : story.last_published,
        updated_at: at,
      })
      .where("id", "=", storyId)
      .execute();
    return;
  }
  await recompute(db, storyId, at);
  // An article moved out of another story leaves that one to be summarised again.
  if (article.story_id && article.story_id !== storyId) await recompute(db, article.story_id, at);
}

/** Recomputes a story's summary from its members; a story left without members is deleted. */
export async function recompute(db: Kysely<Database>, storyId: string, at: string): Promise<void> {
  const members = await db
    .selectFrom("articles")
    .select(["title", "outlet", "language", "published", "seq"])
    .where("story_id", "=", storyId)
    .orderBy("seq")
    .execute();
  const dates = members
    .map((m) => m.published)
    .filter((d): d is string => !!d)
    .sort();
  const distinct = (xs: (string | null)[]): string => JSON.stringify([...new Set(xs.filter(Boolean))].sort());
  const summary = {
    title: members.find((m) => m.title)?.title ?? null,
    article_count: members.length,
    outlets: distinct(members.map((m) => m.outlet)),
    languages: distinct(members.map((m) => m.language)),
    first_published: dates[0] ?? null,
    last_published: dates[dates.length - 1] ?? null,
    updated_at: at,
  };
  if (members.length === 0) {
    await db.deleteFrom("stories").where("id", "=", storyId).execute();
    return;
  }
  await db
    .insertInto("stories")
    .values({ id: storyId, created_at: at, ...summary })
    .onConflict((oc) => oc.column("id").doUpdateSet(summary))
    .execute();
}

/** Members of stories updated since a time, with their entity names, for rebuilding the clusterer. */
export async function clusterMembers(db: Kysely<Database>, since?: string): Promise<ClusterMember[]> {
  let q = db
    .selectFrom("articles")
    .innerJoin("stories", "stories.id", "articles.story_id")
    .select([
      "articles.id",
      "articles.story_id",
      "articles.title",
      // The clusterer reads only the lead; whole texts would fill memory on a large archive.
      sql<string>`substr(articles.text, 1, 4000)`.as("text"),
      "articles.language",
      "articles.published",
    ])
    .orderBy("articles.seq");
  if (since) q = q.where("stories.updated_at", ">=", since);
  const rows = await q.execute();
  const names = new Map<string, string[]>();
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.id);
    const ents = await db
      .selectFrom("article_entities")
      .innerJoin("entities", "entities.id", "article_entities.entity_id")
      .select(["article_entities.article_id", "entities.name"])
      .where("article_entities.article_id", "in", ids)
      .execute();
    for (const e of ents) {
      const list = names.get(e.article_id) ?? [];
      list.push(e.name);
      names.set(e.article_id, list);
    }
  }
  return rows.map((r) => ({
    articleId: r.id,
    storyId: r.story_id!,
    title: r.title,
    text: r.text,
    language: r.language,
    published: r.published,
    entities: names.get(r.id) ?? [],
  }));
}
