/**
 * @module
 * The one storage interface every backend implements (embedded SQLite by default; PostgreSQL can
 * follow behind the same methods). It keeps analysed articles with their cleaned text, metadata,
 * annotation layers and version history, the entities they mention, the stories the online
 * clusterer groups them into, each story's latest dossier, and the feeds `kabar watch` polls.
 * Every method is asynchronous so a networked backend fits; every write that the caller is told
 * about is already committed (one transaction per article), so a killed process loses nothing it
 * reported.
 */
import type { ArticleDoc } from "../core/doc/document.js";
import type { EntityType } from "../core/doc/layers/index.js";
import type { Dossier } from "../core/dossier.js";
import type { ArticleRecord, StoryRecord } from "../core/records.js";

export type { ArticleRecord, StoryRecord };

/** One earlier version of an article, kept when a newer version replaced it. */
export interface ArticleVersion {
  readonly version: number;
  readonly contentId: string;
  readonly title: string | null;
  readonly text: string;
  readonly storedAt: string;
}

export type PutStatus = "inserted" | "updated" | "unchanged";

export interface PutResult {
  /** inserted: new article; updated: a new version of a known URL; unchanged: already stored. */
  readonly status: PutStatus;
  readonly id: string;
  readonly version: number;
}

export interface PutOptions {
  /** When the article was fetched or read (ISO); defaults to the store's clock. */
  readonly at?: string;
}

export interface EntityRecord {
  /** Canonical name as the entity finder resolved it inside articles. */
  readonly name: string;
  readonly type: EntityType;
  /** How many stored articles mention it. */
  readonly articles: number;
}

export interface SearchHit {
  readonly article: ArticleRecord;
  /** Higher is better; only comparable within one result list. */
  readonly score: number;
  /** A short excerpt with the matched words between `[` and `]`. */
  readonly snippet: string;
}

export interface SearchOptions {
  readonly limit?: number;
  readonly offset?: number;
  /** Only articles in this language (BCP 47). */
  readonly language?: string;
}

export interface ListOptions {
  readonly limit?: number;
  readonly offset?: number;
  /** Only items published (articles) or updated (stories) at or after this ISO date. */
  readonly since?: string;
}

export interface FeedRecord {
  readonly url: string;
  readonly title: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ISO timestamps. */
  readonly lastFetched: string | null;
  readonly nextFetch: string | null;
  /** Consecutive failures; drives the backoff. */
  readonly failures: number;
  readonly lastError: string | null;
  readonly addedAt: string;
}

export type FeedUpdate = Partial<Omit<FeedRecord, "url" | "addedAt">>;

/** What the clusterer needs to rebuild its in-memory index of recent stories after a restart. */
export interface ClusterMember {
  readonly articleId: string;
  readonly storyId: string;
  readonly title: string | null;
  readonly text: string;
  readonly language: string | null;
  readonly published: string | null;
  readonly entities: readonly string[];
}

export interface Store {
  /** Backend name, e.g. `sqlite`. */
  readonly kind: string;

  /** Stores an analysed article; a no-op when the same URL or content id is already stored. */
  putArticle(doc: ArticleDoc, options?: PutOptions): Promise<PutResult>;
  getArticle(id: string): Promise<ArticleRecord | null>;
  /** The stored article by URL or content id (any version), or null. */
  findArticle(key: { url?: string; contentId?: string }): Promise<ArticleRecord | null>;
  /** The analysed document of the current version, with its layers. */
  getDoc(id: string): Promise<ArticleDoc | null>;
  /** Earlier versions, oldest first (the current one is the article itself). */
  articleHistory(id: string): Promise<ArticleVersion[]>;
  listArticles(options?: ListOptions & { storyId?: string }): Promise<ArticleRecord[]>;
  countArticles(): Promise<number>;
  /** Articles not yet assigned to a story, in ingest order. */
  unclusteredArticles(limit?: number): Promise<ArticleRecord[]>;

  /** Full-text search; Indonesian words also match their inflected forms. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;

  /** Entities mentioned by stored articles (of one story when given), most mentioned first. */
  listEntities(options?: { storyId?: string; limit?: number }): Promise<EntityRecord[]>;

  /** Puts an article into a story, creating the story when it is new, and refreshes its summary. */
  assignStory(articleId: string, storyId: string): Promise<void>;
  /**
   * Folds story `from` into `into` (story maintenance found them one story): every member moves,
   * `from` disappears, and its id keeps resolving to `into` wherever a story is looked up by id.
   * Optional: without it the archive moves the members one by one and the old id goes dead.
   */
  mergeStory?(from: string, into: string): Promise<void>;
  /** The story by id; a merged-away id gives the live story it was merged into. */
  getStory(id: string): Promise<StoryRecord | null>;
  /** Stories, most recently updated first. */
  listStories(options?: ListOptions): Promise<StoryRecord[]>;
  /** Members of stories updated at or after `since`, for rebuilding the clusterer. */
  clusterMembers(since?: string): Promise<ClusterMember[]>;

  putDossier(storyId: string, dossier: Dossier): Promise<void>;
  getDossier(storyId: string): Promise<Dossier | null>;
  /**
   * Stories whose dossier is missing or older than the story (a dossier build was interrupted or
   * skipped), most recently changed first. Optional: without it a backend's stale dossiers are
   * only rebuilt when their story changes again.
   */
  staleDossiers?(limit?: number): Promise<string[]>;

  addFeed(url: string, title?: string | null): Promise<FeedRecord>;
  removeFeed(url: string): Promise<boolean>;
  listFeeds(): Promise<FeedRecord[]>;
  getFeed(url: string): Promise<FeedRecord | null>;
  updateFeed(url: string, update: FeedUpdate): Promise<void>;

  close(): Promise<void>;
}

/** Where the database lives: `--db`, then `KABAR_DB`, then `./kabar.db`. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.KABAR_DB || "./kabar.db";
}
