/**
 * @module
 * The document model. Ingest produces a {@link RawArticle}; cleaning turns it into an
 * {@link ArticleDoc} whose `text` never changes again. Later stages add annotation layers and
 * return a new document each time ({@link withLayer}), so a stage can never corrupt another's work.
 */
import type { LayerName, Layers, LayerTypes } from "./layers/index.js";
import { OffsetMap } from "./offset-map.js";

export type DateBasis = "stated" | "inferred" | "unknown";

export interface PublishedDate {
  /** ISO 8601 cut to the known precision, or null. */
  readonly value: string | null;
  readonly basis: DateBasis;
  /** For inferred or unknown dates: the article cannot be older than this day. */
  readonly notBefore?: string;
}

export interface ArticleMeta {
  readonly outlet: string | null;
  readonly title: string | null;
  readonly url: string | null;
  /** BCP 47 code; null until language identification runs. */
  readonly language: string | null;
  readonly published: PublishedDate;
  readonly authors: readonly string[];
  readonly editors: readonly string[];
  readonly contributors: readonly string[];
  /** Wire services the text credits, by canonical name: the article's origins. */
  readonly agencies: readonly string[];
  /** Sources the text only cites ("lapor RIA", "menurut The Telegraph"): not origins. */
  readonly citedSources: readonly string[];
  readonly dateline: string | null;
}

/** What cleaning cut out of the raw text, and why. */
export interface Removal {
  readonly text: string;
  readonly reason: string;
  /** Offsets in the raw text. */
  readonly start: number;
  readonly end: number;
}

/** An article as ingest read it: decoded text plus whatever metadata the container carried. */
export interface RawArticle {
  /** The path or URL exactly as it was given. */
  readonly source: string;
  /** Decoded text (for HTML: the extracted main text with one block per line). */
  readonly raw: string;
  readonly format: "text" | "html" | "json" | "feed" | "stdin";
  /** Metadata from the container (HTML meta tags, JSON fields), trusted over text cues. */
  readonly hints: Partial<ArticleMeta>;
}

export interface ArticleDoc {
  /** Stable id derived from the raw content. */
  readonly id: string;
  readonly source: string;
  readonly raw: string;
  /** The cleaned body every span points into. */
  readonly text: string;
  readonly offsets: OffsetMap;
  readonly meta: ArticleMeta;
  readonly removed: readonly Removal[];
  readonly layers: Layers;
  /** Pseudo-layers such as `clean` and `language` that a stage has established. */
  readonly done: readonly string[];
  /**
   * `{stage name: version}` of every stage that ran on this document (set by the pipeline), so a
   * rule change can tell which stored documents need analysing again. Empty before any stage.
   */
  readonly stages: Readonly<Record<string, string>>;
}

export const EMPTY_META: ArticleMeta = Object.freeze({
  outlet: null,
  title: null,
  url: null,
  language: null,
  published: Object.freeze({ value: null, basis: "unknown" as const }),
  authors: [],
  editors: [],
  contributors: [],
  agencies: [],
  citedSources: [],
  dateline: null,
});

/** A document before cleaning: its text is the raw text. */
export function docFromRaw(raw: RawArticle, id: string): ArticleDoc {
  return Object.freeze({
    id,
    source: raw.source,
    raw: raw.raw,
    text: raw.raw,
    offsets: OffsetMap.identity(raw.raw.length),
    meta: { ...EMPTY_META, ...stripUndefined(raw.hints) },
    removed: [],
    layers: {},
    done: [],
    stages: Object.freeze({}),
  });
}

/** Returns a copy of `doc` with one layer set (replacing any earlier one of that name). */
export function withLayer<K extends LayerName>(
  doc: ArticleDoc,
  name: K,
  items: readonly LayerTypes[K][],
): ArticleDoc {
  return Object.freeze({
    ...doc,
    layers: Object.freeze({ ...doc.layers, [name]: Object.freeze([...items]) }),
  });
}

/** Returns a copy of `doc` with metadata fields replaced. */
export function withMeta(doc: ArticleDoc, meta: Partial<ArticleMeta>): ArticleDoc {
  return Object.freeze({ ...doc, meta: Object.freeze({ ...doc.meta, ...stripUndefined(meta) }) });
}

/** Marks a pseudo-layer (e.g. `language`) as established. */
export function markDone(doc: ArticleDoc, name: string): ArticleDoc {
  return doc.done.includes(name) ? doc : Object.freeze({ ...doc, done: [...doc.done, name] });
}

/**
 * The layer, or an empty list when the stage that makes it did not run. Lenient on purpose: story
 * code and stored documents meet documents from shorter pipelines (`cleanPipeline`), and an empty
 * layer is their honest reading. Inside a pipeline this cannot hide a mistake: the checked run
 * (`core/pipeline/checked.ts`, used by the tests) refuses a stage that reads a layer it did not
 * declare, or that declares a layer it then does not assign.
 */
export function layer<K extends LayerName>(doc: ArticleDoc, name: K): readonly LayerTypes[K][] {
  return (doc.layers[name] ?? []) as readonly LayerTypes[K][];
}

function stripUndefined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
