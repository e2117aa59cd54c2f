/**
 * @module
 * Article writes and reads in SQL: de-duplication by content id and URL, version history when a
 * known URL comes back with new text, the entity index, and the full-text row. Each put runs in
 * the caller's write transaction, so an article is either wholly stored or not at all.
 */
import type { Kysely, Selectable } from "kysely";
import type { ArticleDoc, DateBasis } from "../../core/doc/document.js";
import { encodeDoc, entitiesOf, stemText } from "../codec.js";
import type { ArticleRecord, ArticleVersion, PutResult } from "../store.js";
import type { TextIndex } from "../text-index.js";
import type { ArticlesTable, Database } from "./schema.js";

export const RECORD_COLUMNS = [
  "seq",
  "id",
  "content_id",
  "url",
  "source",
  "outlet",
  "title",
  "language",
  "published",
  "published_basis",
  "text",
  "version",
  "ingested_at",
  "updated_at",
  "story_id",
] as const;

type RecordRow = Pick<Selectable<ArticlesTable>, (typeof RECORD_COLUMNS)[number]>;

export function toRecord(r: RecordRow): ArticleRecord {
  return {
    id: r.id,
    contentId: r.content_id,
    url: r.url,
    source: r.source,
    outlet: r.outlet,
    title: r.title,
    language: r.language,
    published: r.published,
    publishedBasis: r.published_basis as DateBasis,
    text: r.text,
    version: r.version,
    ingestedAt: r.ingested_at,
    updatedAt: r.updated_at,
    storyId: r.story_id,
  };
}

/** Stores one analysed article inside an open write transaction. */
export async function putArticle(
  db: Kysely<Database>,
  doc: ArticleDoc,
  at: string,
  /** The backend's full-text index, kept in step with the row. */
  index: TextIndex,
): Promise<PutResult> {
  const known = await db
    .selectFrom("content_ids")
    .innerJoin("articles", "articles.id", "content_ids.article_id")
    .select(["articles.id", "articles.version"])
    .where("content_ids.content_id", "=", doc.id)
    .executeTakeFirst();
  if (known) return { status: "unchanged", id: known.id, version: known.version };
  const m = doc.meta;
  const fields = {
    content_id: doc.id,
    source: doc.source,
    outlet: m.outlet,
    title: m.title,
    language: m.language,
    published: m.published.value,
    published_basis: m.published.basis,
    raw: doc.raw,
    text: doc.text,
    doc_json: encodeDoc(doc),
    updated_at: at,
  };
  const previous = m.url
    ? await db.selectFrom("articles").selectAll().where("url", "=", m.url).executeTakeFirst()
    : undefined;
  let id: string;
  let version: number;
  let seq: number;
  if (previous) {
    // A newer version of a known URL: keep the old text in the history, replace the current one.
    id = previous.id;
    version = previous.version + 1;
    seq = previous.seq;
    await db
      .insertInto("article_versions")
      .values({
        article_id: id,
        version: previous.version,
        content_id: previous.content_id,
        title: previous.title,
        text: previous.text,
        stored_at: previous.updated_at,
      })
      .execute();
    await db
      .updateTable("articles")
      .set({ ...fields, version })
      .where("id", "=", id)
      .execute();
    await db.deleteFrom("article_entities").where("article_id", "=", id).execute();
  } else {
    id = doc.id;
    version = 1;
    const row = await db
      .insertInto("articles")
      .values({ ...fields, id, url: m.url, version, ingested_at: at, story_id: null })
      .returning("seq")
      .executeTakeFirstOrThrow();
    seq = row.seq;
  }
  await db.insertInto("content_ids").values({ content_id: doc.id, article_id: id }).execute();
  await putEntities(db, id, entitiesOf(doc));
  const title = m.title ?? "";
  await index.indexText(db, seq, title, doc.text, stemText(`${title}\n${doc.text}`));
  return { status: previous ? "updated" : "inserted", id, version };
}

/** Links an article to its entities with three statements, however many entities it names. */
async function putEntities(
  db: Kysely<Database>,
  articleId: string,
  entities: readonly { name: string; type: string; count: number }[],
): Promise<void> {
  if (entities.length === 0) return;
  // SQLite caps bound parameters per statement; 300 rows × 2 stays far below it.
  for (let i = 0; i < entities.length; i += 300) {
    const chunk = entities.slice(i, i + 300);
    await db
      .insertInto("entities")
      .values(chunk.map((e) => ({ name: e.name, type: e.type })))
      .onConflict((oc) => oc.columns(["name", "type"]).doNothing())
      .execute();
    const rows = await db
      .selectFrom("entities")
      .select(["id", "name", "type"])
      .where(
        "name",
        "in",
        chunk.map((e) => e.name),
      )
      .execute();
    const ids = new Map(rows.map((r) => [`${r.type}\u0000${r.name}`, r.id]));
    const links = chunk.flatMap((e) => {
      const entityId = ids.get(`${e.type}\u0000${e.name}`);
      return entityId === undefined
        ? []
        : [{ article_id: articleId, entity_id: entityId, mentions: e.count }];
    });
    if (links.length > 0) {
      await db
        .insertInto("article_entities")
        .values(links)
        .onConflict((oc) =>
          oc
            .columns(["article_id", "entity_id"])
            .doUpdateSet((eb) => ({ mentions: eb.ref("excluded.mentions") })),
        )
        .execute();
    }
  }
}

export async function findArticle(
  db: Kysely<Database>,
  key: { url?: string; contentId?: string },
): Promise<ArticleRecord | null> {
  if (key.url) {
    const r = await db
      .selectFrom("articles")
      .select(RECORD_COLUMNS)
      .where("url", "=", key.url)
      .executeTakeFirst();
    if (r) return toRecord(r);
  }
  if (key.contentId) {
    const r = await db
      .selectFrom("content_ids")
      .innerJoin("articles", "articles.id", "content_ids.article_id")
      .select(RECORD_COLUMNS.map((c) => `articles.${c}` as const))
      .where("content_ids.content_id", "=", key.contentId)
      .executeTakeFirst();
    if (r) return toRecord(r);
  }
  return null;
}

export async function articleHistory(db: Kysely<Database>, id: string): Promise<ArticleVersion[]> {
  const rows = await db
    .selectFrom("article_versions")
    .selectAll()
    .where("article_id", "=", id)
    .orderBy("version")
    .execute();
  return rows.map((r) => ({
    version: r.version,
    contentId: r.content_id,
    title: r.title,
    text: r.text,
    storedAt: r.stored_at,
  }));
}
