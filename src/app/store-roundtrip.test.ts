import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkInvariants } from "../core/doc/invariants.js";
import { segmentedDoc } from "../stages/segment/testing.js";
import { openSqliteStore } from "../storage/sqlite/store.js";

// Here rather than beside the SQLite store: it needs a stage to make a real segmented document,
// and storage sits below the stages.
const dir = mkdtempSync(join(tmpdir(), "kabar-roundtrip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sqlite store and analysed documents", () => {
  it("a segmented document round-trips exactly, tokens included", async () => {
    const store = await openSqliteStore(join(dir, "roundtrip.db"));
    const doc = segmentedDoc(
      "Presiden bertemu warga di Bandung. Mereka membahas banjir.\n\nWarga lega.",
      "id",
    );
    await store.putArticle(doc);
    const back = await store.getDoc(doc.id);
    expect(back?.layers).toEqual(doc.layers);
    expect(checkInvariants(back!)).toEqual([]);
    await store.close();
  });
});
