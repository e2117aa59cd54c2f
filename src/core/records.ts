/**
 * @module
 * Articles and stories as an archive keeps them: what the store returns and the API and web UI
 * show. Declared here, below storage, so the web UI and the HTTP layer share them without reaching
 * into a backend.
 */
import type { DateBasis } from "./doc/document.js";

/** An article as stored: its current version's metadata and text (layers via {@link Store.getDoc}). */
export interface ArticleRecord {
  /** Stable id: the content id of the article's first stored version. */
  readonly id: string;
  /** Content id of the current version. */
  readonly contentId: string;
  readonly url: string | null;
  /** Path or URL the article was read from. */
  readonly source: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly language: string | null;
  /** ISO 8601 cut to its known precision, or null. */
  readonly published: string | null;
  readonly publishedBasis: DateBasis;
  readonly text: string;
  /** 1 for the first version; +1 each time a newer version of the URL replaced the text. */
  readonly version: number;
  /** ISO timestamp of first ingest. */
  readonly ingestedAt: string;
  /** ISO timestamp of the current version. */
  readonly updatedAt: string;
  readonly storyId: string | null;
}

export interface StoryRecord {
  readonly id: string;
  /** Title of the story's first (or most representative) article. */
  readonly title: string | null;
  readonly articleCount: number;
  readonly outlets: readonly string[];
  readonly languages: readonly string[];
  /** Earliest and latest publication dates of its articles (ISO), or null when unknown. */
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}
