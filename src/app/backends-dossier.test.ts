import { afterAll, describe, expect, it } from "vitest";
import { readInputs } from "../ingest/read-inputs.js";
import { dropTestSchemas, openTestStore, PG_SUITE, PG_URL } from "../storage/postgres/testing.js";
import { openSqliteStore } from "../storage/sqlite/store.js";
import type { Store } from "../storage/store.js";
import { Archive } from "./archive.js";

afterAll(dropTestSchemas);

/** Ingests the bundled example into a store and returns every story's dossier as stored JSON. */
async function dossiersOf(store: Store): Promise<string[]> {
  const archive = await Archive.open(store);
  for await (const r of readInputs(["examples/kim-putin-2023"], { maxBytes: 20 * 1024 * 1024 })) {
    if (r.ok) await archive.ingest(r.article);
  }
  await archive.refreshTouched();
  const out: string[] = [];
  for (const s of await store.listStories({ limit: 100 })) {
    out.push(`${s.id} ${JSON.stringify(await store.getDossier(s.id))}`);
  }
  await store.close();
  return out.sort();
}

describe.skipIf(!PG_URL)(PG_SUITE, () => {
  it("the example's dossiers are byte-identical from SQLite and PostgreSQL", {
    timeout: 120_000,
  }, async () => {
    const fromSqlite = await dossiersOf(await openSqliteStore(":memory:"));
    const fromPostgres = await dossiersOf(await openTestStore());
    expect(fromSqlite.length).toBeGreaterThan(0);
    for (const d of fromSqlite) expect(d).toContain('"schema":"kabar.dossier/1"');
    expect(fromPostgres).toEqual(fromSqlite);
  });
});
