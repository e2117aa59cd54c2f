/**
 * @module
 * Feed rows in SQL: the feeds `kabar watch` polls and their conditional-GET and backoff state.
 */
import type { Kysely, Selectable } from "kysely";
import type { FeedRecord, FeedUpdate } from "../store.js";
import type { Database, FeedsTable } from "./schema.js";

function toFeed(r: Selectable<FeedsTable>): FeedRecord {
  return {
    url: r.url,
    title: r.title,
    etag: r.etag,
    lastModified: r.last_modified,
    lastFetched: r.last_fetched,
    nextFetch: r.next_fetch,
    failures: r.failures,
    lastError: r.last_error,
    addedAt: r.added_at,
  };
}

export async function addFeed(
  db: Kysely<Database>,
  url: string,
  title: string | null,
  at: string,
): Promise<FeedRecord> {
  await db
    .insertInto("feeds")
    .values({ url, title, failures: 0, added_at: at })
    .onConflict((oc) => oc.column("url").doNothing())
    .execute();
  return toFeed(await db.selectFrom("feeds").selectAll().where("url", "=", url).executeTakeFirstOrThrow());
}

export async function listFeeds(db: Kysely<Database>): Promise<FeedRecord[]> {
  return (await db.selectFrom("feeds").selectAll().orderBy("added_at").orderBy("url").execute()).map(toFeed);
}

export async function getFeed(db: Kysely<Database>, url: string): Promise<FeedRecord | null> {
  const r = await db.selectFrom("feeds").selectAll().where("url", "=", url).executeTakeFirst();
  return r ? toFeed(r) : null;
}

export async function updateFeed(db: Kysely<Database>, url: string, u: FeedUpdate): Promise<void> {
  const set: Partial<FeedsTable> = {};
  if (u.title !== undefined) set.title = u.title;
  if (u.etag !== undefined) set.etag = u.etag;
  if (u.lastModified !== undefined) set.last_modified = u.lastModified;
  if (u.lastFetched !== undefined) set.last_fetched = u.lastFetched;
  if (u.nextFetch !== undefined) set.next_fetch = u.nextFetch;
  if (u.failures !== undefined) set.failures = u.failures;
  if (u.lastError !== undefined) set.last_error = u.lastError;
  if (Object.keys(set).length === 0) return;
  await db.updateTable("feeds").set(set).where("url", "=", url).execute();
}
