/**
 * @module
 * The full-text index behind {@link Store.search}, one per SQL backend (FTS5 on SQLite, tsvector +
 * GIN on PostgreSQL). Both index the same three texts, built once in codec.ts: the title, the body
 * and the Indonesian stem candidates of every word, so an inflected query matches on either backend
 * through the project's own stemmer rather than through whatever each engine ships.
 */
import type { Kysely } from "kysely";
import type { Database } from "./sql/schema.js";

export interface TextHit {
  /** `articles.seq` of the hit. */
  readonly seq: number;
  /** Higher is better; only comparable within one result list. */
  readonly score: number;
  /** An excerpt with the matched words between `[` and `]`. */
  readonly snippet: string;
}

export interface TextSearchOptions {
  readonly limit: number;
  readonly offset: number;
  readonly language?: string;
}

export interface TextIndex {
  /** (Re)indexes one article inside the caller's write transaction. */
  indexText(db: Kysely<Database>, seq: number, title: string, body: string, stems: string): Promise<void>;
  search(db: Kysely<Database>, query: string, options: TextSearchOptions): Promise<TextHit[]>;
}
