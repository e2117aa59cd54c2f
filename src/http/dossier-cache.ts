/**
 * @module
 * Serialised dossiers, cached briefly. A dossier of a large story is hundreds of kilobytes of
 * JSON that the store parses and the API would re-serialise on every read; under concurrent reads
 * of the same story that dominates the time. Entries are keyed by a dossier version when the
 * server has one (the count of the story's finished rebuilds: a write that only schedules a
 * rebuild leaves the cache warm), else by the story's update time and article count, and also
 * expire after a few seconds, so a dossier rebuilt by another process is served within that window. Each body carries a strong ETag
 * so clients can revalidate for free.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Dossier } from "../core/dossier.js";
import type { StoryRecord } from "../storage/store.js";

export interface CachedBody {
  /** UTF-8 bytes, encoded once rather than on every response. */
  readonly body: Uint8Array<ArrayBuffer>;
  /**
   * The same bytes gzipped, also made once: a large dossier shrinks about eightfold, and writing it
   * is most of what a read costs, so clients that accept gzip (every browser) get this one.
   */
  readonly gzip: Uint8Array<ArrayBuffer>;
  readonly etag: string;
}

export class DossierCache {
  private readonly entries = new Map<string, CachedBody & { key: string; at: number }>();

  constructor(
    private readonly ttlMs = 5_000,
    private readonly max = 64,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The cached body of the story's dossier, built again when `version` (or, without one, the
   * story's update time and size) has changed or the entry has expired.
   */
  async get(
    story: StoryRecord,
    build: () => Promise<Dossier | null>,
    version?: number,
  ): Promise<CachedBody | null> {
    const key = version === undefined ? `${story.updatedAt}|${story.articleCount}` : `v${version}`;
    const hit = this.entries.get(story.id);
    if (hit && hit.key === key && this.now() - hit.at < this.ttlMs) return hit;
    const dossier = await build();
    if (!dossier) return null;
    const body = new TextEncoder().encode(JSON.stringify(dossier));
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    const gzip = new Uint8Array(gzipSync(body, { level: 6 }));
    this.entries.delete(story.id);
    this.entries.set(story.id, { body, gzip, etag, key, at: this.now() });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return { body, gzip, etag };
  }
}
