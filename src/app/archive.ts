/**
 * @module
 * The archive: the store, the per-article pipeline and the online clusterer working together.
 * Each article is analysed, committed in its own transaction, then placed in a story (itself a
 * committed write), so a killed process loses nothing it reported and at worst leaves articles
 * without a story, which the next open places first. Dossiers of touched stories are rebuilt on
 * request from the stored documents, because a story's dossier is derived data.
 *
 * The clusterer revisits its recent decisions (story maintenance, issue 15): after each article it
 * may merge two stories, move an article or split a story. The archive applies each change to the
 * store as it happens ({@link Archive.applyChanges}): members follow, a merged-away story's id
 * redirects to the live one, and every story a change touched gets its dossier rebuilt.
 */
import type { RunContext } from "../core/context.js";
import { contentId } from "../core/doc/content-id.js";
import { type ArticleDoc, type RawArticle, withLayer } from "../core/doc/document.js";
import type { Dossier } from "../core/dossier.js";
import type { Pipeline } from "../core/pipeline/stage.js";
import { tokenize } from "../stages/segment/tokens.js";
import type { PutStatus, Store } from "../storage/store.js";
import {
  type ClusterInput,
  type ClusterOptions,
  OnlineClusterer,
  type StoryChange,
} from "../story/cluster/index.js";
import { analyzeArticle, buildDossier } from "./analyze.js";
import { makeContext } from "./context.js";
import { defaultPipeline } from "./pipeline.js";

export interface ArchiveOptions {
  readonly ctx?: RunContext;
  readonly pipeline?: Pipeline;
  readonly cluster?: ClusterOptions;
  /** Stories updated this many days before now are rebuilt into the clusterer on open. */
  readonly restoreDays?: number;
  /** Largest story whose dossier is rebuilt, newest articles first; keeps one refresh bounded. */
  readonly dossierCap?: number;
  /** Most stale dossiers (left by an interrupted run) taken up on open; default 100. */
  readonly staleLimit?: number;
  /** Analyses off this thread (an AnalyzePool), so a server's event loop never runs the pipeline. */
  readonly analyze?: (raw: RawArticle) => Promise<ArticleDoc>;
}

export interface IngestOutcome {
  readonly status: PutStatus;
  readonly id: string;
  readonly source: string;
  readonly storyId: string | null;
}

export class Archive {
  readonly touched = new Set<string>();
  /** Articles placed since the last settle: a settle with nothing new to revisit is skipped. */
  private placedSinceSettle = 0;
  private readonly ctx: RunContext;
  private readonly pipeline: Pipeline;

  private constructor(
    readonly store: Store,
    private readonly clusterer: OnlineClusterer,
    private readonly options: ArchiveOptions,
  ) {
    this.ctx = options.ctx ?? makeContext();
    this.pipeline = options.pipeline ?? defaultPipeline();
  }

  /** Opens the archive: rebuilds the clusterer from recent stories, then places leftovers. */
  static async open(store: Store, options: ArchiveOptions = {}): Promise<Archive> {
    const clusterer = new OnlineClusterer(options.cluster);
    const days = options.restoreDays ?? 30;
    const since = new Date(Date.now() - days * 86_400_000).toISOString();
    for (const m of await store.clusterMembers(since)) {
      clusterer.restore({ id: m.articleId, ...m }, m.storyId);
    }
    const archive = new Archive(store, clusterer, options);
    await archive.clusterPending();
    // A dossier phase killed midway left stories whose dossier is missing or older than the
    // story: they count as touched, so this run's dossier phase redoes them (issue 13).
    for (const id of (await store.staleDossiers?.(options.staleLimit ?? 100)) ?? []) archive.touched.add(id);
    return archive;
  }

  /** Places every stored article that has no story yet (left by a killed run). */
  async clusterPending(): Promise<number> {
    let placed = 0;
    for (;;) {
      const batch = await this.store.unclusteredArticles(500);
      if (batch.length === 0) return placed;
      for (const rec of batch) {
        const doc = await this.store.getDoc(rec.id);
        if (!doc) continue;
        await this.place(rec.id, doc);
        placed += 1;
      }
    }
  }

  /** Analyses, stores and clusters one article. */
  async ingest(raw: RawArticle): Promise<IngestOutcome> {
    const known = await this.known(raw);
    if (known) return known;
    const doc = await (this.options.analyze?.(raw) ?? analyzeArticle(raw, this.ctx, this.pipeline));
    return this.ingestDoc(doc);
  }

  /**
   * The outcome for an article already stored with the same content, or null. The content id is
   * known before analysis: a stored article costs one lookup, not a pipeline run.
   */
  async known(raw: RawArticle): Promise<IngestOutcome | null> {
    const known = await this.store.findArticle({ contentId: contentId(raw.raw) });
    return known ? { status: "unchanged", id: known.id, source: raw.source, storyId: known.storyId } : null;
  }

  /** Stores and clusters an analysed document. */
  async ingestDoc(doc: ArticleDoc): Promise<IngestOutcome> {
    const put = await this.store.putArticle(doc);
    if (put.status === "unchanged") {
      const rec = await this.store.getArticle(put.id);
      return { status: put.status, id: put.id, source: doc.source, storyId: rec?.storyId ?? null };
    }
    let storyId: string;
    if (put.status === "updated") {
      // A new version stays in its story; the story summary and dossier are refreshed.
      const rec = await this.store.getArticle(put.id);
      storyId = rec?.storyId ?? (await this.place(put.id, doc));
      if (rec?.storyId) await this.store.assignStory(put.id, storyId);
    } else storyId = await this.place(put.id, doc);
    this.touched.add(storyId);
    return { status: put.status, id: put.id, source: doc.source, storyId };
  }

  private async place(id: string, doc: ArticleDoc): Promise<string> {
    const { storyId } = this.clusterer.add(clusterInputOf(id, doc));
    this.placedSinceSettle += 1;
    await this.store.assignStory(id, storyId);
    this.touched.add(storyId);
    await this.applyChanges();
    return this.clusterer.storyOf(id) ?? this.clusterer.resolve(storyId);
  }

  /**
   * Writes the clusterer's merges, moves and splits since the last call to the store, in the order
   * they were made, and marks the stories they touched for a dossier rebuild. Returns how many.
   */
  async applyChanges(): Promise<number> {
    const changes = this.clusterer.drainChanges();
    for (const c of changes) await this.apply(c);
    return changes.length;
  }

  private async apply(c: StoryChange): Promise<void> {
    if (c.kind === "merge") {
      if (this.store.mergeStory) await this.store.mergeStory(c.from, c.into);
      else
        for (const a of await this.store.listArticles({ storyId: c.from, limit: 100_000 }))
          await this.store.assignStory(a.id, c.into);
      this.touched.delete(c.from);
      this.touched.add(c.into);
      return;
    }
    for (const id of c.kind === "move" ? [c.articleId] : c.articleIds) await this.store.assignStory(id, c.to);
    this.touched.add(c.from);
    this.touched.add(c.to);
  }

  /**
   * Revisits every recent decision once, as a batch's end or a quiet feed allows, and applies what
   * changed. Costs about two placements per article of the clusterer's window (at most 1000 by
   * default: 1.3 s of CPU for a full window of the speed bench's stream), so it runs only when
   * articles were placed since the last settle.
   */
  async settle(): Promise<number> {
    if (this.placedSinceSettle === 0) return 0;
    this.placedSinceSettle = 0;
    this.clusterer.settle();
    return this.applyChanges();
  }

  /** Rebuilds and stores the dossier of one story from its stored documents. */
  async refreshDossier(storyId: string): Promise<Dossier | null> {
    const cap = this.options.dossierCap ?? 200;
    return refreshDossier(this.store, storyId, cap);
  }

  /** Settles recent decisions, then rebuilds the dossiers of every story touched since the last call. */
  async refreshTouched(): Promise<number> {
    await this.settle();
    const ids = this.takeTouched();
    for (const id of ids) await this.refreshDossier(id);
    return ids.length;
  }

  /** The stories touched since the last call, for a caller that rebuilds them elsewhere. */
  takeTouched(): string[] {
    // A story touched and then merged away is rebuilt as the story that absorbed it.
    const ids = [...new Set([...this.touched].map((id) => this.clusterer.resolve(id)))];
    this.touched.clear();
    return ids;
  }
}

/** What the clusterer reads of an analysed document. */
export function clusterInputOf(id: string, doc: ArticleDoc): ClusterInput {
  const entities = [...new Set((doc.layers.mentions ?? []).map((m) => m.canonical || m.text))];
  return {
    id,
    title: doc.meta.title,
    text: doc.text,
    language: doc.meta.language,
    published: doc.meta.published.value,
    entities,
  };
}

/**
 * A document analysed in a worker thread is stored without its tokens (see AnalyzePool); they are
 * `tokenize(text)` by construction, and consolidation wants them back.
 */
export function withTokens(doc: ArticleDoc): ArticleDoc {
  return doc.layers.sentences && !doc.layers.tokens ? withLayer(doc, "tokens", tokenize(doc.text)) : doc;
}

/** The story's dossier over its stored documents (newest `cap`), stored and returned. */
export async function refreshDossier(store: Store, storyId: string, cap = 200): Promise<Dossier | null> {
  const records = await store.listArticles({ storyId, limit: 100_000 });
  if (records.length === 0) return null;
  const chosen = records.slice(-cap);
  const docs: ArticleDoc[] = [];
  for (const r of chosen) {
    const doc = await store.getDoc(r.id);
    if (doc) docs.push(withTokens(doc));
  }
  const dossier = buildDossier(docs);
  await store.putDossier(storyId, dossier);
  return dossier;
}

/** The stored dossier when it covers every member, otherwise a fresh one. */
export async function currentDossier(store: Store, storyId: string): Promise<Dossier | null> {
  const story = await store.getStory(storyId);
  if (!story) return null;
  const stored = await store.getDossier(storyId);
  if (stored && stored.articles.length === Math.min(story.articleCount, 200)) return stored;
  return refreshDossier(store, storyId);
}
