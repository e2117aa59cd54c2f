/**
 * @module
 * Where merged stories point. Story maintenance (src/story/cluster) may fold one story into
 * another after readers have seen, linked or bookmarked the first one's id; the merge is recorded
 * here, and a lookup of the old id follows the chain to the live story. Kept in its own table so a
 * redirect survives restarts and a story id, once published, never goes dead.
 *
 * The store is expected to create the table with its migrations ({@link STORY_REDIRECTS_DDL}) and
 * to resolve ids through {@link resolveRedirect} wherever a story is looked up by id.
 */
import type BetterSqlite3 from "better-sqlite3";
import { resolveStory, type StoryChange } from "../story/cluster/changes.js";

export const STORY_REDIRECTS_DDL = `CREATE TABLE IF NOT EXISTS story_redirects (
  from_id TEXT PRIMARY KEY,
  into_id TEXT NOT NULL,
  merged_at TEXT NOT NULL
)`;

/** Longest chain followed; maintenance never builds long ones, stored data could loop. */
const MAX_HOPS = 64;

/** Records the merges among `changes` (moves and splits need no redirect: their stories live on). */
export function recordMerges(
  db: BetterSqlite3.Database,
  changes: readonly StoryChange[],
  at: string = new Date().toISOString(),
): number {
  const put = db.prepare(
    "INSERT INTO story_redirects (from_id, into_id, merged_at) VALUES (?, ?, ?) " +
      "ON CONFLICT(from_id) DO UPDATE SET into_id = excluded.into_id, merged_at = excluded.merged_at",
  );
  let n = 0;
  const run = db.transaction(() => {
    for (const c of changes) {
      if (c.kind !== "merge") continue;
      if (c.from === c.into) throw new Error(`story-redirects: story ${c.from} cannot redirect to itself`);
      put.run(c.from, c.into, at);
      n += 1;
    }
  });
  run();
  return n;
}

/** The live story id for `id`: itself when it was never merged away. */
export function resolveRedirect(db: BetterSqlite3.Database, id: string): string {
  const get = db.prepare("SELECT into_id FROM story_redirects WHERE from_id = ?");
  const chain = new Map<string, string>();
  let current = id;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const row = get.get(current) as { into_id: string } | undefined;
    if (!row || chain.has(current)) break;
    chain.set(current, row.into_id);
    current = row.into_id;
  }
  return resolveStory(chain, id);
}

/** Every stored redirect, for replaying into a restarted clusterer. */
export function allRedirects(db: BetterSqlite3.Database): { from: string; into: string }[] {
  return db.prepare('SELECT from_id AS "from", into_id AS "into" FROM story_redirects').all() as {
    from: string;
    into: string;
  }[];
}
