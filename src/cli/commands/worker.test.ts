import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPostgresStore } from "../../storage/postgres/store.js";
import { dropTestSchemas, freshSchema, PG_SUITE, PG_URL } from "../../storage/postgres/testing.js";
import { openSqliteStore } from "../../storage/sqlite/store.js";
import type { Store } from "../../storage/store.js";
import { runKabar } from "../testing.js";

const scratch = mkdtempSync(join(tmpdir(), "kabar-worker-"));
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await dropTestSchemas();
});

/** `kabar …` on the archive the URL (or path) names. */
const kabar = (args: string[], url: string) => runKabar([...args, "--db", url]);

/** Story id → sorted article ids, for comparing two archives' stories. */
async function membership(store: Store): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const s of await store.listStories()) {
    out[s.id] = (await store.listArticles({ storyId: s.id })).map((a) => a.id).sort();
  }
  await store.close();
  return out;
}

describe.skipIf(!PG_URL)(PG_SUITE, () => {
  it("two workers share the queue: every article stored once, in the stories `kabar ingest` makes", {
    timeout: 180_000,
  }, async () => {
    const schema = freshSchema();
    // The schema travels in the URL, as a user's own server settings would.
    const url = `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    await (await openPostgresStore(PG_URL, { schema })).close();
    const queued = await kabar(["worker", "--enqueue", "examples/kim-putin-2023"], url);
    expect(queued.stderr).toContain("5 queued");
    const again = await kabar(["worker", "--enqueue", "examples/kim-putin-2023"], url);
    expect(again.stderr).toContain("0 queued, 5 already queued");
    const workers = await Promise.all([
      kabar(["worker", "--exit-when-idle", "--poll", "200"], url),
      kabar(["worker", "--exit-when-idle", "--poll", "200"], url),
    ]);
    expect(workers.map((w) => w.code)).toEqual([0, 0]);
    const lines = workers.flatMap((w) => w.stdout.split("\n").filter(Boolean));
    expect(lines.filter((l) => l.startsWith("inserted"))).toHaveLength(5);
    // The same input through `kabar ingest` into SQLite: the workers must file the same stories.
    const sqlite = join(scratch, "k.db");
    expect((await kabar(["ingest", "examples/kim-putin-2023", "--workers", "0"], sqlite)).code).toBe(0);
    const expected = await membership(await openSqliteStore(sqlite));
    const store = await openPostgresStore(PG_URL, { schema });
    try {
      expect(await store.countArticles()).toBe(5);
      expect(await store.unclusteredArticles()).toHaveLength(0);
      for (const s of await store.listStories()) {
        expect((await store.getDossier(s.id))?.articles).toHaveLength(s.articleCount);
      }
      expect(await store.jobs.counts()).toEqual({ queued: 0, running: 0, done: 0, failed: 0 });
    } finally {
      await store.close();
    }
    expect(await membership(await openPostgresStore(PG_URL, { schema }))).toEqual(expected);
  });

  it("refuses a SQLite archive with a usage error", { timeout: 60_000 }, async () => {
    const r = await kabar(["worker"], join(scratch, "refused.db"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("needs a PostgreSQL archive");
  });
});
