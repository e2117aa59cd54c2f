import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { storeConformance } from "../store.case.js";
import { resolveDbPath } from "../store.js";
import { testDoc } from "../testing.js";
import { openSqliteStore } from "./store.js";

const dir = mkdtempSync(join(tmpdir(), "kabar-store-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeConformance("sqlite", () => openSqliteStore(join(dir, `t${++n}.db`)));

describe("sqlite specifics", () => {
  it("reopens a file with its data and runs migrations only once", async () => {
    const path = join(dir, "reopen.db");
    const a = await openSqliteStore(path);
    await a.putArticle(testDoc({ text: "Satu artikel tentang banjir.", language: "id" }));
    await a.close();
    const b = await openSqliteStore(path);
    expect(await b.countArticles()).toBe(1);
    await b.close();
  });

  it("two handles on one file: a reader sees what a writer committed", async () => {
    const path = join(dir, "two.db");
    const w = await openSqliteStore(path);
    const r = await openSqliteStore(path);
    await w.putArticle(testDoc({ text: "Gempa mengguncang Sulawesi Tengah.", language: "id" }));
    expect((await r.search("gempa")).length).toBe(1);
    await w.close();
    await r.close();
  });

  // Issue 13: two `ingest` processes started at once on a database that did not exist yet; in 2
  // of 6 trials one failed with `table "articles" already exists`.
  it("processes opening one new database at once all migrate it without error", {
    timeout: 120_000,
  }, async () => {
    const script = join(dir, "open.mts");
    const sqliteModule = new URL("./store.ts", import.meta.url).pathname;
    writeFileSync(
      script,
      `import { openSqliteStore } from ${JSON.stringify(sqliteModule)};\n` +
        "const store = await openSqliteStore(process.argv[2]);\n" +
        "console.log(await store.countArticles());\nawait store.close();\n",
    );
    const openIn = (path: string): Promise<{ code: number | null; out: string }> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", script, path], { stdio: "pipe" });
        let out = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (out += d));
        child.on("close", (code) => resolve({ code, out: out.trim() }));
      });
    for (let trial = 0; trial < 3; trial++) {
      const path = join(dir, `race-${trial}.db`);
      const results = await Promise.all([openIn(path), openIn(path), openIn(path)]);
      expect(results).toEqual([
        { code: 0, out: "0" },
        { code: 0, out: "0" },
        { code: 0, out: "0" },
      ]);
    }
  });

  it("an unopenable path is a coded store error", async () => {
    await expect(openSqliteStore(join(dir, "no", "such", "dir", "x.db"))).rejects.toMatchObject({
      code: "E_STORE",
    });
  });

  it.each([
    [undefined, {}, "./kabar.db"],
    [undefined, { KABAR_DB: "/tmp/env.db" }, "/tmp/env.db"],
    ["/tmp/flag.db", { KABAR_DB: "/tmp/env.db" }, "/tmp/flag.db"],
  ])("resolveDbPath(%s, %o) = %s", (flag, env, expected) => {
    expect(resolveDbPath(flag, env)).toBe(expected);
  });
});
