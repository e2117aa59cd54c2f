/**
 * @module
 * The `kabar.dossier/1` contract: the one object the JSON file, the Markdown report, the HTML page
 * and the API all render. Fields may be added; existing ones keep their names and meaning.
 */
import type { DateBasis } from "./doc/document.js";
import type { EntityType } from "./doc/layers/index.js";

export const DOSSIER_SCHEMA = "kabar.dossier/1";

export interface Evidence {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface DossierArticle {
  readonly id: string;
  /** The content hash that identifies the article across runs and stores. */
  readonly contentId: string;
  readonly source: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly language: string | null;
  readonly published: {
    readonly value: string | null;
    readonly basis: DateBasis;
    readonly notBefore?: string;
  };
  readonly authors: readonly string[];
  readonly editors: readonly string[];
  readonly contributors: readonly string[];
  readonly agencies: readonly string[];
  readonly citedSources: readonly string[];
  /** The independent origins behind the article: its agencies, or the outlet itself. */
  readonly origins: readonly string[];
  readonly dateline: string | null;
  readonly text: string;
  readonly removed: readonly { readonly text: string; readonly reason: string }[];
}

export interface DossierMention {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface DossierEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly mentions: readonly DossierMention[];
}

export interface TimelineEntry {
  readonly date: string;
  readonly what: string;
  readonly articles: readonly string[];
  readonly evidence: readonly Evidence[];
  /** True when the text says it is scheduled rather than done. */
  readonly scheduled?: boolean;
  /**
   * Other days outlets give for this event (a date contradiction lists who says which); the row's
   * own day is the one more articles give, and it cites only those.
   */
  readonly disputedDates?: readonly string[];
  /** True for history well before the story's coverage began (the story page collapses it). */
  readonly background?: boolean;
}

export interface DossierQuote {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly direct: boolean;
  readonly speaker: { readonly entity: string | null; readonly name: string } | null;
}

export interface DossierClaim {
  readonly id: string;
  readonly what: string;
  readonly articles: readonly string[];
  /**
   * The independent origins behind the claim, one per origin group: articles that credit the
   * same agency or copy each other count once ("AFP/AP/Reuters" is one origin).
   */
  readonly origins: readonly string[];
  readonly evidence: readonly Evidence[];
  /** Fewer than two independent origins: stated, not corroborated. */
  readonly singleSource?: boolean;
  /** Mean probability (0..1) the alignment model gives the claim's cross-article pairs. */
  readonly confidence?: number;
}

export interface ContradictionValue {
  readonly value: string;
  readonly articles: readonly string[];
  readonly evidence: readonly Evidence[];
}

export interface Contradiction {
  readonly topic: string;
  /** Which slot disagrees: place, date, number, actor. */
  readonly slot?: string;
  readonly values: readonly ContradictionValue[];
}

export interface Summary {
  readonly text: string;
  readonly citations: readonly {
    readonly start: number;
    readonly end: number;
    readonly articles: readonly string[];
  }[];
}

export interface Dossier {
  readonly schema: typeof DOSSIER_SCHEMA;
  readonly generator: { readonly name: "kabar"; readonly version: string };
  readonly articles: readonly DossierArticle[];
  readonly entities: readonly DossierEntity[];
  readonly timeline: readonly TimelineEntry[];
  readonly quotes: readonly DossierQuote[];
  readonly claims: readonly DossierClaim[];
  readonly contradictions: readonly Contradiction[];
  readonly summary: Summary;
}
