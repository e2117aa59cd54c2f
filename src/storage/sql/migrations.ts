/**
 * @module
 * The schema migrations of every SQL backend, in one list. Each step is written once against a
 * {@link SqlDialect}, which supplies only what the dialects truly spell differently: the text
 * column type (PostgreSQL pins the "C" collation), the auto-numbered key (`autoincrement` vs
 * `serial`), and the pieces one dialect implements its own way or alone (the full-text index:
 * FTS5 vs tsvector + GIN; the job queue of `kabar worker`: PostgreSQL only).
 *
 * Versioning is Kysely's migrator: every applied step's name is recorded in `kysely_migration`,
 * and a later open runs only the steps not recorded there, in name order. So the names of applied
 * steps are the schema's version history and must never change: a database recording a name the
 * list no longer has refuses to open ("corrupted migrations"). A step whose implementation differs
 * per dialect was recorded under a name per dialect, hence `name` can be per dialect; a new step
 * gets one name for both, sorting after every existing one. Each step runs inside one transaction
 * (PostgreSQL's transactional DDL; SQLite's store wraps the whole bring-up in `begin exclusive`)
 * and its DDL says `if not exists`, so a step interrupted or replayed leaves one schema, not an error.
 */
import {
  type ColumnDataType,
  type ColumnDefinitionBuilder,
  type Expression,
  type Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
} from "kysely";

/** A column type as Kysely's schema builder takes it: a name, or raw SQL such as `text collate "C"`. */
export type ColumnType = ColumnDataType | Expression<unknown>;

export type DialectName = "sqlite" | "postgres";

/** A migration step's body, given the database and the dialect it runs on. */
export type StepUp = (db: Kysely<unknown>, dialect: SqlDialect) => Promise<void>;

/** What one SQL backend spells its own way; everything else in the schema is shared. */
export interface SqlDialect {
  readonly name: DialectName;
  /** The type of every text column. */
  readonly text: ColumnType;
  /** The type of an auto-numbered integer primary key, and what its column needs besides. */
  readonly serial: ColumnType;
  readonly serialColumn: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  /** The full-text index over title, body and stems, kept by the backend's TextIndex. */
  readonly textIndex: StepUp;
  /** The analysis job queue, where the backend has one. */
  readonly jobs?: StepUp;
}

export interface MigrationStep {
  /**
   * The name recorded in `kysely_migration`: one for every dialect, or one per dialect where the
   * step was first written per dialect. A dialect without a name skips the step.
   */
  readonly name: string | Partial<Record<DialectName, string>>;
  readonly up: StepUp;
}

const init: StepUp = async (db, d) => {
  const { text } = d;
  await db.schema
    .createTable("articles")
    .ifNotExists()
    .addColumn("seq", d.serial, (c) => d.serialColumn(c.primaryKey()))
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
  await db.schema.createIndex("articles_story").ifNotExists().on("articles").column("story_id").execute();
  await db.schema
    .createIndex("articles_published")
    .ifNotExists()
    .on("articles")
    .column("published")
    .execute();
  await db.schema
    .createTable("content_ids")
    .ifNotExists()
    .addColumn("content_id", text, (c) => c.primaryKey())
    .addColumn("article_id", text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("article_versions")
    .ifNotExists()
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
    .ifNotExists()
    .addColumn("id", d.serial, (c) => d.serialColumn(c.primaryKey()))
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("type", text, (c) => c.notNull())
    .addUniqueConstraint("entities_name_type", ["name", "type"])
    .execute();
  await db.schema
    .createTable("article_entities")
    .ifNotExists()
    .addColumn("article_id", text, (c) => c.notNull())
    .addColumn("entity_id", "integer", (c) => c.notNull())
    .addColumn("mentions", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("article_entities_pk", ["article_id", "entity_id"])
    .execute();
  await db.schema
    .createIndex("article_entities_entity")
    .ifNotExists()
    .on("article_entities")
    .column("entity_id")
    .execute();
  await db.schema
    .createTable("stories")
    .ifNotExists()
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
  await db.schema.createIndex("stories_updated").ifNotExists().on("stories").column("updated_at").execute();
  await db.schema
    .createTable("dossiers")
    .ifNotExists()
    .addColumn("story_id", text, (c) => c.primaryKey())
    .addColumn("dossier_json", text, (c) => c.notNull())
    .addColumn("updated_at", text, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("feeds")
    .ifNotExists()
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
};

/**
 * Every step, oldest first. Append only; never rename or reorder a step that has shipped (see the
 * module comment). A new step reads `{ name: "0004_…", up: async (db, d) => … }`.
 */
export const MIGRATIONS: readonly MigrationStep[] = [
  { name: "0001_init", up: init },
  {
    name: { sqlite: "0002_sqlite_fts", postgres: "0002_postgres_tsvector" },
    up: (db, d) => d.textIndex(db, d),
  },
  {
    // SQLite archives are written by one process at a time and analyse in threads: no queue.
    name: { postgres: "0003_postgres_jobs" },
    up: (db, d) => {
      if (!d.jobs) throw new Error(`the ${d.name} dialect has no job queue`);
      return d.jobs(db, d);
    },
  },
  {
    // Where merged stories point: story maintenance may fold a story into another after readers
    // have linked its id, so the old id is kept here and resolves to the live story.
    name: "0004_story_redirects",
    up: async (db, d) => {
      await db.schema
        .createTable("story_redirects")
        .ifNotExists()
        .addColumn("from_id", d.text, (c) => c.primaryKey())
        .addColumn("into_id", d.text, (c) => c.notNull())
        .addColumn("merged_at", d.text, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("story_redirects_into")
        .ifNotExists()
        .on("story_redirects")
        .column("into_id")
        .execute();
    },
  },
];

/** The steps a dialect runs, keyed by their recorded names, as Kysely's migrator takes them. */
export function migrationsFor(
  dialect: SqlDialect,
  steps: readonly MigrationStep[] = MIGRATIONS,
): Record<string, Migration> {
  const out: Record<string, Migration> = {};
  for (const step of steps) {
    const name = typeof step.name === "string" ? step.name : step.name[dialect.name];
    if (name) out[name] = { up: (db) => step.up(db, dialect) };
  }
  return out;
}

/**
 * Runs every pending step; a database already at the latest version is left untouched. With a
 * schema (PostgreSQL), the migrator's own tables live in it too: Kysely looks for them in every
 * schema otherwise, and would take another schema's for this one's.
 */
export async function migrateToLatest(
  db: Kysely<unknown>,
  dialect: SqlDialect,
  options: { schema?: string } = {},
): Promise<void> {
  const migrations = migrationsFor(dialect);
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const { error } = await new Migrator({
    db,
    provider,
    ...(options.schema ? { migrationTableSchema: options.schema } : {}),
  }).migrateToLatest();
  if (error) throw error;
}
