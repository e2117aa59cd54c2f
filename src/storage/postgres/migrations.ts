/**
 * @module
 * PostgreSQL schema migrations, versioned and recorded by Kysely's migrator (which takes an
 * advisory lock, so two processes opening one fresh database migrate it once). The tables and
 * columns are those of sql/migrations.ts, which SQLite runs; they are restated here because that
 * file's ids use SQLite's `autoincrement`, which PostgreSQL spells `serial`. Every text column
 * uses the "C" collation so ORDER BY and range comparisons on ISO dates, names and ids order bytes
 * exactly as SQLite does, whatever locale the server was initialised with: both backends must
 * return the same rows in the same order.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, type RawBuilder, sql } from "kysely";
import { jobsMigration } from "./jobs.js";
import { tsvectorMigration } from "./search.js";

const text: RawBuilder<unknown> = sql`text collate "C"`;

const init: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("articles")
      .addColumn("seq", "serial", (c) => c.primaryKey())
      .addColumn("id", text, (c) => c.notNull().unique())
      .addColumn("content_id", text, (c) => c.notNull())
      .addColumn("url", text, (c) => c.unique())
      .addColumn("source", text, (c) => c.notNull())
      .addColumn("outlet", text)
      .addColumn("title", text)
      .addColumn("language", text)
      .addColumn("published", text)
      .addColumn("published_basis", text, (c) => c.notNull())
      .addColumn("raw", text, (c) => c.notNull())
      .addColumn("text", text, (c) => c.notNull())
      .addColumn("doc_json", text, (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("ingested_at", text, (c) => c.notNull())
      .addColumn("updated_at", text, (c) => c.notNull())
      .addColumn("story_id", text)
      .execute();
    await db.schema.createIndex("articles_story").on("articles").column("story_id").execute();
    await db.schema.createIndex("articles_published").on("articles").column("published").execute();
    await db.schema
      .createTable("content_ids")
      .addColumn("content_id", text, (c) => c.primaryKey())
      .addColumn("article_id", text, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("article_versions")
      .addColumn("article_id", text, (c) => c.notNull())
      .addColumn("version", "integer", (c) => c.notNull())
      .addColumn("content_id", text, (c) => c.notNull())
      .addColumn("title", text)
      .addColumn("text", text, (c) => c.notNull())
      .addColumn("stored_at", text, (c) => c.notNull())
      .addPrimaryKeyConstraint("article_versions_pk", ["article_id", "version"])
      .execute();
    await db.schema
      .createTable("entities")
      .addColumn("id", "serial", (c) => c.primaryKey())
      .addColumn("name", text, (c) => c.notNull())
      .addColumn("type", text, (c) => c.notNull())
      .addUniqueConstraint("entities_name_type", ["name", "type"])
      .execute();
    await db.schema
      .createTable("article_entities")
      .addColumn("article_id", text, (c) => c.notNull())
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
      .addColumn("id", text, (c) => c.primaryKey())
      .addColumn("title", text)
      .addColumn("article_count", "integer", (c) => c.notNull())
      .addColumn("outlets", text, (c) => c.notNull())
      .addColumn("languages", text, (c) => c.notNull())
      .addColumn("first_published", text)
      .addColumn("last_published", text)
      .addColumn("created_at", text, (c) => c.notNull())
      .addColumn("updated_at", text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("stories_updated").on("stories").column("updated_at").execute();
    await db.schema
      .createTable("dossiers")
      .addColumn("story_id", text, (c) => c.primaryKey())
      .addColumn("dossier_json", text, (c) => c.notNull())
      .addColumn("updated_at", text, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("feeds")
      .addColumn("url", text, (c) => c.primaryKey())
      .addColumn("title", text)
      .addColumn("etag", text)
      .addColumn("last_modified", text)
      .addColumn("last_fetched", text)
      .addColumn("next_fetch", text)
      .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("last_error", text)
      .addColumn("added_at", text, (c) => c.notNull())
      .execute();
  },
};

/** Where merged stories point (issue 15); the same table as SQLite's 0004_story_redirects. */
const storyRedirects: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("story_redirects")
      .addColumn("from_id", text, (c) => c.primaryKey())
      .addColumn("into_id", text, (c) => c.notNull())
      .addColumn("merged_at", text, (c) => c.notNull())
      .execute();
    await db.schema.createIndex("story_redirects_into").on("story_redirects").column("into_id").execute();
  },
};

/** The migrations in order; names match SQLite's where the change is the same. */
export const POSTGRES_MIGRATIONS: Record<string, Migration> = {
  "0001_init": init,
  "0002_postgres_tsvector": tsvectorMigration,
  "0003_postgres_jobs": jobsMigration,
  "0004_story_redirects": storyRedirects,
};

/**
 * Runs every pending migration; a database already at the latest version is left untouched. With
 * a schema, the migrator's own tables live in it too: Kysely looks for them in every schema
 * otherwise, and would take another schema's for this one's.
 */
export async function migratePostgres(db: Kysely<unknown>, schema?: string): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => POSTGRES_MIGRATIONS };
  const { error } = await new Migrator({
    db,
    provider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  }).migrateToLatest();
  if (error) throw error;
}
