/**
 * @module
 * Table types for Kysely: the one description of the relational schema that every SQL backend
 * shares. Timestamps are ISO strings; lists are JSON text so SQLite and PostgreSQL agree.
 */
import type { Generated } from "kysely";

export interface ArticlesTable {
  seq: Generated<number>;
  id: string;
  content_id: string;
  url: string | null;
  source: string;
  outlet: string | null;
  title: string | null;
  language: string | null;
  published: string | null;
  published_basis: string;
  raw: string;
  text: string;
  doc_json: string;
  version: number;
  ingested_at: string;
  updated_at: string;
  story_id: string | null;
}

export interface ContentIdsTable {
  content_id: string;
  article_id: string;
}

export interface ArticleVersionsTable {
  article_id: string;
  version: number;
  content_id: string;
  title: string | null;
  text: string;
  stored_at: string;
}

export interface EntitiesTable {
  id: Generated<number>;
  name: string;
  type: string;
}

export interface ArticleEntitiesTable {
  article_id: string;
  entity_id: number;
  mentions: number;
}

export interface StoriesTable {
  id: string;
  title: string | null;
  article_count: number;
  outlets: string;
  languages: string;
  first_published: string | null;
  last_published: string | null;
  created_at: string;
  updated_at: string;
}

export interface DossiersTable {
  story_id: string;
  dossier_json: string;
  updated_at: string;
}

export interface StoryRedirectsTable {
  from_id: string;
  into_id: string;
  merged_at: string;
}

export interface FeedsTable {
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_fetched: string | null;
  next_fetch: string | null;
  failures: number;
  last_error: string | null;
  added_at: string;
}

export interface Database {
  articles: ArticlesTable;
  content_ids: ContentIdsTable;
  article_versions: ArticleVersionsTable;
  entities: EntitiesTable;
  article_entities: ArticleEntitiesTable;
  stories: StoriesTable;
  dossiers: DossiersTable;
  story_redirects: StoryRedirectsTable;
  feeds: FeedsTable;
}
