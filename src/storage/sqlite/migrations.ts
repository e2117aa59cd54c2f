/**
 * @module
 * Versioned schema migrations, applied in order by Kysely's migrator and recorded in its table, so
 * an old database is brought forward on open. Portable DDL only; the full-text index is
 * backend-specific and comes from the backend's own migration (see sqlite/search.ts).
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from "kysely";

const init: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("articles")
      .addColumn("seq", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("id", "text", (c) => c.notNull().unique())
      .addColumn("content_id", "text", (c) => c.notNull())
      .addColumn("url", "text", (c) => c.unique())
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("outlet", "text")
      .addColumn("title", "text")
      .addColumn("language", "text")
      .addColumn("published", "text")
      .addColumn("published_basis", "text", (c) => c.notNull())
      .addColumn("raw", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("doc_json", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("ingested_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .addColumn("story_id", "text")
      .execute();
    await db.schema.createIndex("articles_story").on("articles").column("story_id").execute();
    await db.schema.createIndex("articles_published").on("articles").column("published").execute();
    await db.schema
      .createTable("content_ids")
      .addColumn("content_id", "text", (c) => c.primaryKey())
      .addColumn("article_id", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("article_versions")
      .addColumn("article_id", "text", (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("content_id", "text", (c) => c.notNull())
      .addColumn("title", "text")
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("stored_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("article_versions_pk", ["article_id", "version"])
      .execute();
    await db.schema
      .createTable("entities")
      .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("type", "text", (c) => c.notNull())
      .addUniqueConstraint("entities_name_type", ["name", "type"])
      .execute();
    await db.schema
      .createTable("article_entities")
      .addColumn("article_id", "text", (c) => c.notNull())
      .addColumn("entity_id", "integer", (c) => c.notNull())
      .addColumn("mentions", "integer", (c) => c.notNull())
      .addPrimaryKeyConstraint("article_entities_pk", ["article_id", "entity_id"])
      .execute();
    await db.schema
      .createIndex("article_entities_entity")
      .on("article_entities")
      .column("entity_id")
      .execute();
    await db.schema
      .createTable("stories")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("title", "text")
      .addColumn("article_count", "integer", (c) => c.notNull())
      .addColumn("outlets", "text", (c) => c.notNull())
      .addColumn("languages", "text", (c) => c.notNull())
      .addColumn("first_published", "text")
      .addColumn("last_published", "text")
      .addColumn("created_at", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("stories_updated").on("stories").column("updated_at").execute();
    await db.schema
      .createTable("dossiers")
      .addColumn("story_id", "text", (c) => c.primaryKey())
      .addColumn("dossier_json", "text", (c) => c.notNull())
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("feeds")
      .addColumn("url", "text", (c) => c.primaryKey())
      .addColumn("title", "text")
      .addColumn("etag", "text")
      .addColumn("last_modified", "text")
      .addColumn("last_fetched", "text")
      .addColumn("next_fetch", "text")
      .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("last_error", "text")
      .addColumn("added_at", "text", (c) => c.notNull())
      .execute();
  },
};

/**
 * Where merged stories point (issue 15): story maintenance may fold a story into another after
 * readers have linked its id, so the old id is kept here and resolves to the live story.
 */
const storyRedirects: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("story_redirects")
      .addColumn("from_id", "text", (c) => c.primaryKey())
      .addColumn("into_id", "text", (c) => c.notNull())
      .addColumn("merged_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("story_redirects_into").on("story_redirects").column("into_id").execute();
  },
};

/** Runs every pending migration: the portable ones, then the backend's own (e.g. its FTS index). */
export async function migrate(db: Kysely<unknown>, extra: Record<string, Migration> = {}): Promise<void> {
  const migrations: Record<string, Migration> = {
    "0001_init": init,
    ...extra,
    "0004_story_redirects": storyRedirects,
  };
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error;
}

export { sql };
