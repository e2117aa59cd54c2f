import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/storage/sqlite/store.js";
import { checkDb, ingestAndKill, writeArticles } from "./kill-harness.js";

const dir = mkdtempSync(join(tmpdir(), "kabar-faults-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("crash safety (fast version; the 5 × 5,000 run is bench/speed/store-kill.ts)", () => {
  it("kill -9 mid-ingest loses nothing reported, and a re-run finishes without duplicates", async () => {
    const n = 60;
    const articles = writeArticles(join(dir, "a"), n);
    const db = join(dir, "kill.db");
    let reported: string[] = [];
    for (const killAfter of [10, 25]) {
      const run = await ingestAndKill(db, articles, killAfter);
      reported = [...reported, ...run.reported];
      const check = checkDb(db, reported);
      expect(check.integrity).toBe("ok");
      expect(check.missing).toEqual([]);
      expect(check.duplicateContent).toBe(0);
    }
    const last = await ingestAndKill(db, articles, null);
    expect(last.exitCode).toBe(0);
    const check = checkDb(db, [...reported, ...last.reported]);
    expect(check).toMatchObject({ integrity: "ok", articles: n, missing: [], duplicateContent: 0 });
    // Every article ends up in a story, including any the kills left unplaced.
    const store = await openSqliteStore(db);
    expect(await store.unclusteredArticles()).toEqual([]);
    await store.close();
  }, 240_000);

  it("a search process and an ingest process work on one database at once", async () => {
    const articles = writeArticles(join(dir, "b"), 40, 9);
    const db = join(dir, "two.db");
    const store = await openSqliteStore(db);
    const ingest = ingestAndKill(db, articles, null);
    let searches = 0;
    let done = false;
    void ingest.then(() => {
      done = true;
    });
    while (!done) {
      await store.search("warga kota");
      await store.countArticles();
      searches += 1;
      await new Promise((r) => setTimeout(r, 20));
    }
    const run = await ingest;
    expect(run.exitCode).toBe(0);
    expect(searches).toBeGreaterThan(0);
    expect(await store.countArticles()).toBe(40);
    await store.close();
  }, 240_000);
});
