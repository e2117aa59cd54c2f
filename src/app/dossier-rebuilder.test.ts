import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { getPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { RawArticle } from "../core/doc/document.js";
import { openSqliteStore } from "../storage/sqlite/store.js";
import { Archive } from "./archive.js";
import { DossierRebuilder } from "./dossier-rebuilder.js";
import { cleanPipeline } from "./pipeline.js";

const dir = mkdtempSync(join(tmpdir(), "kabar-rebuild-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The niceness of each of this process's threads (Linux: field 19 of /proc/self/task/<tid>/stat). */
function threadNiceness(): number[] {
  return readdirSync("/proc/self/task").map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
  });
}

const flood = (i: number): RawArticle => ({
  source: `https://warta${i}.example/banjir`,
  raw: `Banjir merendam ratusan rumah warga di Kecamatan Dayeuhkolot, Kabupaten Bandung, Jawa Barat, setelah hujan deras sejak Senin malam. BPBD Kabupaten Bandung mengevakuasi ${100 + i} warga ke posko pengungsian.`,
  format: "json",
  hints: {
    url: `https://warta${i}.example/banjir`,
    title: "Banjir rendam Dayeuhkolot",
    published: { value: "2024-03-05", basis: "stated" },
  },
});

// Issue 13: a story's dossier is rebuilt off the request thread; readers get the last good one.
describe("DossierRebuilder", () => {
  it.each([
    ["on a worker thread", true],
    ["in-process (no database file)", false],
  ])(
    "%s: serves the last good dossier while the new one builds, then the new one",
    {
      timeout: 60_000,
    },
    async (_n, onWorker) => {
      const path = join(dir, `r-${onWorker}.db`);
      const store = await openSqliteStore(path);
      const archive = await Archive.open(store, { pipeline: cleanPipeline() });
      const rebuilder = new DossierRebuilder(store, onWorker ? { dbPath: path } : {});
      try {
        const a = await archive.ingest(flood(1));
        const storyId = a.storyId!;
        // No dossier yet: the first reader waits for the first build.
        rebuilder.schedule(archive.takeTouched());
        expect((await rebuilder.dossierOf(storyId))?.articles).toHaveLength(1);
        // Readers' caches key on the version: it moves when a build ends, not when a write lands.
        const built = rebuilder.version(storyId);
        expect(built).toBeGreaterThan(0);

        expect((await archive.ingest(flood(2))).storyId).toBe(storyId);
        rebuilder.schedule(archive.takeTouched());
        // Scheduling returned at once with the build still to do, and a reader is answered with a
        // dossier without waiting for it: in-process the build cannot have run yet (it waits for the
        // event loop to turn), on a worker it may already have finished.
        expect(rebuilder.busy).toBe(true);
        const during = (await rebuilder.dossierOf(storyId))?.articles.length;
        if (onWorker) expect([1, 2]).toContain(during);
        else expect(during).toBe(1);
        await rebuilder.idle();
        expect((await rebuilder.dossierOf(storyId))?.articles).toHaveLength(2);
        expect(rebuilder.version(storyId)).toBeGreaterThan(built);
      } finally {
        await rebuilder.close();
        await store.close();
      }
    },
  );

  it("a story scheduled many times while busy is built once more, not once per schedule", async () => {
    const path = join(dir, "coalesce.db");
    const store = await openSqliteStore(path);
    const archive = await Archive.open(store, { pipeline: cleanPipeline() });
    let builds = 0;
    const counting = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === "putDossier") {
          return async (...args: Parameters<typeof store.putDossier>) => {
            builds += 1;
            return target.putDossier(...args);
          };
        }
        return Reflect.get(target, prop, receiver);
      },
    });
    const rebuilder = new DossierRebuilder(counting);
    try {
      const { storyId } = await archive.ingest(flood(1));
      // The first schedule starts a build at once; the four made while it runs become one more.
      for (let i = 0; i < 5; i++) rebuilder.schedule([storyId!]);
      await rebuilder.idle();
      expect(builds).toBe(2);
    } finally {
      await rebuilder.close();
      await store.close();
    }
  });

  it.runIf(existsSync("/proc/self/task"))(
    "builds on a thread nicer than the server's, so requests get the CPU first",
    { timeout: 60_000 },
    async () => {
      const path = join(dir, "nice.db");
      const store = await openSqliteStore(path);
      const archive = await Archive.open(store, { pipeline: cleanPipeline() });
      const rebuilder = new DossierRebuilder(store, { dbPath: path });
      try {
        const { storyId } = await archive.ingest(flood(1));
        expect(threadNiceness()).not.toContain(Math.min(19, getPriority() + 10));
        await rebuilder.dossierOf(storyId!);
        expect(threadNiceness()).toContain(Math.min(19, getPriority() + 10));
      } finally {
        await rebuilder.close();
        await store.close();
      }
    },
  );
});
