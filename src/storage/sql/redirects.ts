/**
 * @module
 * Merged stories in SQL (issue 15). Story maintenance (src/story/cluster) may fold one story into
 * another after readers have seen, linked or bookmarked the first one's id. A merge moves every
 * member of the absorbed story, drops its summary row and its dossier, and records a redirect;
 * an id that no longer names a story resolves through the redirects to the live one, so a
 * published story id never goes dead.
 */
import type { Kysely } from "kysely";
import type { Database } from "./schema.js";
import { recompute } from "./stories.js";

/** Longest chain followed: merges flatten chains as they go, stored data could still loop. */
const MAX_HOPS = 16;

/** Folds story `from` into `into` inside the caller's write transaction. */
export async function mergeStory(
  db: Kysely<Database>,
  from: string,
  into: string,
  at: string,
): Promise<void> {
  if (from === into) return;
  await db.updateTable("articles").set({ story_id: into }).where("story_id", "=", from).execute();
  // Ids that already pointed at `from` now point at `into`: one hop resolves every old id.
  await db.updateTable("story_redirects").set({ into_id: into }).where("into_id", "=", from).execute();
  // `into` may itself have been a merged-away id once (a story id reused after a restart).
  await db.deleteFrom("story_redirects").where("from_id", "=", into).execute();
  await db
    .insertInto("story_redirects")
    .values({ from_id: from, into_id: into, merged_at: at })
    .onConflict((oc) => oc.column("from_id").doUpdateSet({ into_id: into, merged_at: at }))
    .execute();
  await db.deleteFrom("dossiers").where("story_id", "=", from).execute();
  await recompute(db, into, at);
  await recompute(db, from, at);
}

/**
 * The live story for `id`: `id` itself unless it was merged away and names no story now. One
 * indexed lookup when it was never merged, which is nearly always.
 */
export async function liveStory(db: Kysely<Database>, id: string): Promise<string> {
  let current = id;
  const seen = new Set<string>([id]);
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const r = await db
      .selectFrom("story_redirects")
      .select("into_id")
      .where("from_id", "=", current)
      .executeTakeFirst();
    if (!r || seen.has(r.into_id)) return current;
    if (hop === 0) {
      // A story row under the id wins over an old redirect of it.
      const exists = await db.selectFrom("stories").select("id").where("id", "=", id).executeTakeFirst();
      if (exists) return id;
    }
    seen.add(r.into_id);
    current = r.into_id;
  }
  return current;
}
