/**
 * @module
 * The {@link Store} over Kysely: all SQL of the store lives in this folder, written once with the
 * query builder; only the full-text index and the statement that opens a write transaction differ
 * per backend. Writes take the write lock up front (`begin immediate` on SQLite) so two processes
 * queue instead of failing half-way, and every method reports only what is committed.
 */
import { type Kysely, sql } from "kysely";
import type { ArticleDoc } from "../../core/doc/document.js";
import type { Dossier } from "../../core/dossier.js";
import { DomainError, isDomainError } from "../../core/errors.js";
import { decodeDoc } from "../codec.js";
import type {
  ArticleRecord,
  ArticleVersion,
  ClusterMember,
  EntityRecord,
  FeedRecord,
  FeedUpdate,
  ListOptions,
  PutOptions,
  PutResult,
  SearchHit,
  SearchOptions,
  Store,
  StoryRecord,
} from "../store.js";
import type { TextIndex } from "../text-index.js";
import { articleHistory, findArticle, putArticle, RECORD_COLUMNS, toRecord } from "./articles.js";
import { addFeed, getFeed, listFeeds, updateFeed } from "./feeds.js";
import { liveStory, mergeStory } from "./redirects.js";
import type { Database } from "./schema.js";
import { assignStory, clusterMembers, toStory } from "./stories.js";

export interface SqlStoreOptions {
  readonly kind: string;
  /** Statement(s) that open a write transaction holding the write lock. */
  readonly beginWrite: string | readonly string[];
  /** The backend's full-text index: FTS5 on SQLite, tsvector on PostgreSQL. */
  readonly textIndex: TextIndex;
  /** The clock for timestamps; tests pin it. */
  readonly now?: () => string;
  readonly onClose?: () => void;
}

export class SqlStore implements Store {
  readonly kind: string;
  private readonly now: () => string;
  private readonly textIndex: TextIndex;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: SqlStoreOptions,
  ) {
    this.kind = options.kind;
    this.now = options.now ?? (() => new Date().toISOString());
    this.textIndex = options.textIndex;
  }

  private async write<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return guard(() =>
      this.db.connection().execute(async (conn) => {
        for (const stmt of [this.options.beginWrite].flat()) await sql.raw(stmt).execute(conn);
        try {
          const result = await fn(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (err) {
          await sql`rollback`.execute(conn).catch(() => {});
          throw err;
        }
      }),
    );
  }

  putArticle(doc: ArticleDoc, options: PutOptions = {}): Promise<PutResult> {
    return this.write((db) => putArticle(db, doc, options.at ?? this.now(), this.textIndex));
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    const r = await guard(() =>
      this.db.selectFrom("articles").select(RECORD_COLUMNS).where("id", "=", id).executeTakeFirst(),
    );
    return r ? toRecord(r) : null;
  }

  findArticle(key: { url?: string; contentId?: string }): Promise<ArticleRecord | null> {
    return guard(() => findArticle(this.db, key));
  }

  async getDoc(id: string): Promise<ArticleDoc | null> {
    const r = await guard(() =>
      this.db
        .selectFrom("articles")
        .select(["content_id", "source", "raw", "text", "doc_json"])
        .where("id", "=", id)
        .executeTakeFirst(),
    );
    return r ? decodeDoc(r.content_id, r.source, r.raw, r.text, r.doc_json) : null;
  }

  articleHistory(id: string): Promise<ArticleVersion[]> {
    return guard(() => articleHistory(this.db, id));
  }

  async listArticles(options: ListOptions & { storyId?: string } = {}): Promise<ArticleRecord[]> {
    let q = this.db.selectFrom("articles").select(RECORD_COLUMNS);
    if (options.storyId) {
      const storyId = await guard(() => liveStory(this.db, options.storyId!));
      q = q.where("story_id", "=", storyId);
    }
    if (options.since) q = q.where("published", ">=", options.since);
    const rows = await guard(() =>
      q
        .orderBy("seq")
        .limit(options.limit ?? 1000)
        .offset(options.offset ?? 0)
        .execute(),
    );
    return rows.map(toRecord);
  }

  async countArticles(): Promise<number> {
    const r = await guard(() =>
      this.db
        .selectFrom("articles")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow(),
    );
    return Number(r.n);
  }

  async unclusteredArticles(limit = 10_000): Promise<ArticleRecord[]> {
    const rows = await guard(() =>
      this.db
        .selectFrom("articles")
        .select(RECORD_COLUMNS)
        .where("story_id", "is", null)
        .orderBy("seq")
        .limit(limit)
        .execute(),
    );
    return rows.map(toRecord);
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const hits = await guard(() =>
      this.textIndex.search(this.db, query, {
        limit: options.limit ?? 20,
        offset: options.offset ?? 0,
        ...(options.language ? { language: options.language } : {}),
      }),
    );
    if (hits.length === 0) return [];
    const rows = await guard(() =>
      this.db
        .selectFrom("articles")
        .select(RECORD_COLUMNS)
        .where(
          "seq",
          "in",
          hits.map((h) => h.seq),
        )
        .execute(),
    );
    const bySeq = new Map(rows.map((r) => [r.seq, r]));
    return hits.flatMap((h) => {
      const r = bySeq.get(h.seq);
      return r ? [{ article: toRecord(r), score: h.score, snippet: h.snippet }] : [];
    });
  }

  async listEntities(options: { storyId?: string; limit?: number } = {}): Promise<EntityRecord[]> {
    let q = this.db
      .selectFrom("article_entities")
      .innerJoin("entities", "entities.id", "article_entities.entity_id")
      .select((eb) => ["entities.name", "entities.type", eb.fn.countAll<number>().as("articles")])
      .groupBy(["entities.id", "entities.name", "entities.type"]);
    if (options.storyId) {
      const storyId = await guard(() => liveStory(this.db, options.storyId!));
      q = q
        .innerJoin("articles", "articles.id", "article_entities.article_id")
        .where("articles.story_id", "=", storyId);
    }
    const rows = await guard(() =>
      q
        .orderBy("articles", "desc")
        .orderBy("entities.name")
        .limit(options.limit ?? 100)
        .execute(),
    );
    return rows.map((r) => ({
      name: r.name,
      type: r.type as EntityRecord["type"],
      articles: Number(r.articles),
    }));
  }

  assignStory(articleId: string, storyId: string): Promise<void> {
    return this.write((db) => assignStory(db, articleId, storyId, this.now()));
  }

  /** Folds story `from` into `into` and leaves a redirect (src/storage/sql/redirects.ts). */
  mergeStory(from: string, into: string): Promise<void> {
    return this.write((db) => mergeStory(db, from, into, this.now()));
  }

  /** The story, or the live story it was merged into. */
  async getStory(id: string): Promise<StoryRecord | null> {
    const r = await guard(async () =>
      this.db
        .selectFrom("stories")
        .selectAll()
        .where("id", "=", await liveStory(this.db, id))
        .executeTakeFirst(),
    );
    return r ? toStory(r) : null;
  }

  async listStories(options: ListOptions = {}): Promise<StoryRecord[]> {
    let q = this.db.selectFrom("stories").selectAll();
    if (options.since) q = q.where("updated_at", ">=", options.since);
    const rows = await guard(() =>
      q
        .orderBy("updated_at", "desc")
        .orderBy("id")
        .limit(options.limit ?? 50)
        .offset(options.offset ?? 0)
        .execute(),
    );
    return rows.map(toStory);
  }

  clusterMembers(since?: string): Promise<ClusterMember[]> {
    return guard(() => clusterMembers(this.db, since));
  }

  putDossier(storyId: string, dossier: Dossier): Promise<void> {
    const row = { dossier_json: JSON.stringify(dossier), updated_at: this.now() };
    return this.write(async (db) => {
      await db
        .insertInto("dossiers")
        .values({ story_id: storyId, ...row })
        .onConflict((oc) => oc.column("story_id").doUpdateSet(row))
        .execute();
    });
  }

  /**
   * Stories whose dossier is missing or older than their last change, most recent first: what a
   * killed dossier phase left behind (issue 13), for the next ingest or server start to redo.
   */
  async staleDossiers(limit = 1000): Promise<string[]> {
    const rows = await guard(() =>
      this.db
        .selectFrom("stories")
        .leftJoin("dossiers", "dossiers.story_id", "stories.id")
        .select("stories.id")
        .where((eb) =>
          eb.or([
            eb("dossiers.story_id", "is", null),
            eb("dossiers.updated_at", "<", eb.ref("stories.updated_at")),
          ]),
        )
        .orderBy("stories.updated_at", "desc")
        .limit(limit)
        .execute(),
    );
    return rows.map((r) => r.id);
  }

  /** The story's dossier, or that of the live story it was merged into. */
  async getDossier(storyId: string): Promise<Dossier | null> {
    const r = await guard(async () =>
      this.db
        .selectFrom("dossiers")
        .select("dossier_json")
        .where("story_id", "=", await liveStory(this.db, storyId))
        .executeTakeFirst(),
    );
    return r ? (JSON.parse(r.dossier_json) as Dossier) : null;
  }

  addFeed(url: string, title: string | null = null): Promise<FeedRecord> {
    return this.write((db) => addFeed(db, url, title, this.now()));
  }

  removeFeed(url: string): Promise<boolean> {
    return this.write(async (db) => {
      const r = await db.deleteFrom("feeds").where("url", "=", url).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    });
  }

  listFeeds(): Promise<FeedRecord[]> {
    return guard(() => listFeeds(this.db));
  }

  getFeed(url: string): Promise<FeedRecord | null> {
    return guard(() => getFeed(this.db, url));
  }

  updateFeed(url: string, update: FeedUpdate): Promise<void> {
    return this.write((db) => updateFeed(db, url, update));
  }

  async close(): Promise<void> {
    await this.db.destroy();
    this.options.onClose?.();
  }
}

/** Database failures become coded store errors; domain errors pass through. */
async function guard<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isDomainError(err)) throw err;
    throw new DomainError("E_STORE", { detail: (err as Error).message }, { cause: err });
  }
}
