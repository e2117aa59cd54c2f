/**
 * @module
 * An in-memory {@link Store} for tests of the HTTP layer and the browser tests: enough behaviour
 * (stories, dossiers, naive word search, entities from dossiers) to exercise every endpoint
 * without SQLite. Not a product backend: no persistence, linear scans.
 */
import type { ArticleDoc } from "../../core/doc/document.js";
import type { Dossier } from "../../core/dossier.js";
import type {
  ArticleRecord,
  EntityRecord,
  FeedRecord,
  FeedUpdate,
  PutResult,
  SearchHit,
  Store,
  StoryRecord,
} from "../../storage/store.js";

const EPOCH = "2026-01-01T00:00:00.000Z";

export class MemoryStore implements Store {
  readonly kind = "memory";
  readonly articles = new Map<string, ArticleRecord>();
  readonly docs = new Map<string, ArticleDoc>();
  readonly stories = new Map<string, StoryRecord>();
  readonly dossiers = new Map<string, Dossier>();
  readonly feeds = new Map<string, FeedRecord>();

  /** Adds a whole story at once: its dossier's articles become stored articles. */
  addStory(id: string, dossier: Dossier, docs: readonly ArticleDoc[] = []): void {
    const dates = dossier.articles
      .map((a) => a.published.value)
      .filter((d): d is string => !!d)
      .sort();
    dossier.articles.forEach((a, i) => {
      const articleId = `${id}-${a.id}`;
      this.articles.set(articleId, {
        id: articleId,
        contentId: a.contentId,
        url: a.url,
        source: a.source,
        outlet: a.outlet,
        title: a.title,
        language: a.language,
        published: a.published.value,
        publishedBasis: a.published.basis,
        text: a.text,
        version: 1,
        ingestedAt: EPOCH,
        updatedAt: EPOCH,
        storyId: id,
      });
      const doc = docs[i];
      if (doc) this.docs.set(articleId, doc);
    });
    const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].sort();
    this.stories.set(id, {
      id,
      title: dossier.articles[0]?.title ?? null,
      articleCount: dossier.articles.length,
      outlets: uniq(dossier.articles.map((a) => a.outlet)),
      languages: uniq(dossier.articles.map((a) => a.language)),
      firstPublished: dates[0] ?? null,
      lastPublished: dates.at(-1) ?? null,
      createdAt: EPOCH,
      updatedAt: EPOCH,
    });
    this.dossiers.set(id, dossier);
  }

  async putArticle(doc: ArticleDoc): Promise<PutResult> {
    const known = [...this.articles.values()].find((a) => a.contentId === doc.id);
    if (known) return { status: "unchanged", id: known.id, version: known.version };
    const id = doc.id;
    const m = doc.meta;
    this.articles.set(id, {
      id,
      contentId: doc.id,
      url: m.url,
      source: doc.source,
      outlet: m.outlet,
      title: m.title,
      language: m.language,
      published: m.published.value,
      publishedBasis: m.published.basis,
      text: doc.text,
      version: 1,
      ingestedAt: EPOCH,
      updatedAt: EPOCH,
      storyId: null,
    });
    this.docs.set(id, doc);
    return { status: "inserted", id, version: 1 };
  }
  async getArticle(id: string) {
    return this.articles.get(id) ?? null;
  }
  async findArticle(key: { url?: string; contentId?: string }) {
    return (
      [...this.articles.values()].find(
        (a) => (key.url && a.url === key.url) || (key.contentId && a.contentId === key.contentId),
      ) ?? null
    );
  }
  async getDoc(id: string) {
    return this.docs.get(id) ?? null;
  }
  async articleHistory() {
    return [];
  }
  async listArticles(o: { limit?: number; offset?: number; since?: string; storyId?: string } = {}) {
    const all = [...this.articles.values()].filter(
      (a) => (!o.storyId || a.storyId === o.storyId) && (!o.since || (a.published ?? "") >= o.since),
    );
    return all.slice(o.offset ?? 0, (o.offset ?? 0) + (o.limit ?? 100));
  }
  async countArticles() {
    return this.articles.size;
  }
  async unclusteredArticles() {
    return [...this.articles.values()].filter((a) => !a.storyId);
  }
  async search(query: string, o: { limit?: number; offset?: number; language?: string } = {}) {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const hits: SearchHit[] = [];
    for (const article of this.articles.values()) {
      if (o.language && article.language !== o.language) continue;
      const text = `${article.title ?? ""} ${article.text}`.toLocaleLowerCase();
      if (!words.every((w) => text.includes(w))) continue;
      const at = text.indexOf(words[0] ?? "");
      hits.push({ article, score: words.length, snippet: text.slice(Math.max(0, at - 40), at + 60) });
    }
    return hits.slice(o.offset ?? 0, (o.offset ?? 0) + (o.limit ?? 20));
  }
  async listEntities(o: { storyId?: string; limit?: number } = {}) {
    const counts = new Map<string, EntityRecord>();
    for (const [storyId, dossier] of this.dossiers) {
      if (o.storyId && storyId !== o.storyId) continue;
      for (const e of dossier.entities) {
        const n = new Set(e.mentions.map((m) => m.article)).size;
        const key = `${e.type}:${e.name}`;
        const prev = counts.get(key);
        counts.set(key, { name: e.name, type: e.type, articles: (prev?.articles ?? 0) + n });
      }
    }
    return [...counts.values()].sort((a, b) => b.articles - a.articles).slice(0, o.limit ?? 100);
  }
  async assignStory(articleId: string, storyId: string) {
    const a = this.articles.get(articleId);
    if (a) this.articles.set(articleId, { ...a, storyId });
  }
  async getStory(id: string) {
    return this.stories.get(id) ?? null;
  }
  async listStories(o: { limit?: number; since?: string } = {}) {
    const since = o.since;
    const all = [...this.stories.values()].filter((s) => !since || s.updatedAt >= since);
    return all.slice(0, o.limit ?? 100);
  }
  async clusterMembers() {
    return [];
  }
  async putDossier(storyId: string, dossier: Dossier) {
    this.dossiers.set(storyId, dossier);
  }
  async getDossier(storyId: string) {
    return this.dossiers.get(storyId) ?? null;
  }
  async addFeed(url: string, title: string | null = null) {
    const feed: FeedRecord = {
      url,
      title,
      etag: null,
      lastModified: null,
      lastFetched: null,
      nextFetch: null,
      failures: 0,
      lastError: null,
      addedAt: EPOCH,
    };
    this.feeds.set(url, feed);
    return feed;
  }
  async removeFeed(url: string) {
    return this.feeds.delete(url);
  }
  async listFeeds() {
    return [...this.feeds.values()];
  }
  async getFeed(url: string) {
    return this.feeds.get(url) ?? null;
  }
  async updateFeed(url: string, update: FeedUpdate) {
    const f = this.feeds.get(url);
    if (f) this.feeds.set(url, { ...f, ...update });
  }
  async close() {}
}
