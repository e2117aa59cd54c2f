/**
 * @module
 * The story-level view every consolidation step reads: the analysed articles with their dossier
 * ids, in a stable order.
 */
import type { ArticleDoc } from "../../core/doc/document.js";

export interface StoryArticle {
  /** The article's id in the dossier ("a1", "a2", …). */
  readonly key: string;
  readonly doc: ArticleDoc;
}

export interface Story {
  readonly articles: readonly StoryArticle[];
}

/** Story-wide entities with lookups by position and by name. */
export interface EntityIndex {
  readonly entities: readonly import("../../core/dossier.js").DossierEntity[];
  /** The entity a mention at `[start, end)` of an article belongs to, if any. */
  at(
    articleKey: string,
    start: number,
    end: number,
  ): import("../../core/dossier.js").DossierEntity | undefined;
  /** The entity that has `name` as its name or one of its aliases (case-insensitive). */
  byName(name: string): import("../../core/dossier.js").DossierEntity | undefined;
}
