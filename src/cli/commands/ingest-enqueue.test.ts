import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedServer, startFeedServer } from "../../ingest/feeds/test-server.js";
import { openPostgresStore } from "../../storage/postgres/store.js";
import { dropTestSchemas, freshSchema, PG_SUITE, PG_URL } from "../../storage/postgres/testing.js";
import { type CliRun, runKabar } from "../testing.js";
import { enqueueMode } from "./ingest-enqueue.js";

const EXAMPLE = "examples/kim-putin-2023";

const scratch = mkdtempSync(join(tmpdir(), "kabar-enqueue-"));
let feeds: FeedServer;
beforeAll(async () => {
  feeds = await startFeedServer();
});
afterAll(async () => {
  await feeds.close();
  rmSync(scratch, { recursive: true, force: true });
  await dropTestSchemas();
});

/** `kabar …` with KABAR_ENQUEUE set as given (unset when undefined). */
const kabar = (args: string[], enqueueEnv?: string): Promise<CliRun> =>
  runKabar(args, { KABAR_ENQUEUE: enqueueEnv });

/** The first column of each stdout line: the status of each article. */
const statuses = (r: CliRun): string[] =>
  r.stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => l.split("\t")[0]!);

describe("enqueueMode", () => {
  it.each([
    [true, undefined, true],
    [false, "1", false],
    [undefined, "1", true],
    [undefined, "yes", true],
    [undefined, "0", false],
    [undefined, "", false],
    [undefined, undefined, false],
  ])("flag %s with KABAR_ENQUEUE=%s enqueues: %s", (flag, env, expected) => {
    expect(enqueueMode(flag, env === undefined ? {} : { KABAR_ENQUEUE: env })).toBe(expected);
  });

  it("a value that is neither on nor off is a usage error, not a silent no", () => {
    expect(enqueueMode(undefined, { KABAR_ENQUEUE: "maybe" })).toMatch(/KABAR_ENQUEUE must be 1 or 0/);
  });
});

describe("enqueue mode on a SQLite archive", () => {
  it.each([
    ["ingest --enqueue", ["ingest", "--enqueue", EXAMPLE], undefined],
    ["ingest with KABAR_ENQUEUE=1", ["ingest", EXAMPLE], "1"],
    ["watch --enqueue", ["watch", "--enqueue", "--once"], undefined],
  ])(
    "%s is a usage error that names the way out, and creates no file",
    { timeout: 60_000 },
    async (_name, args, env) => {
      const db = join(scratch, `refused-${args.join("-").replace(/\W+/g, "_")}.db`);
      const r = await kabar([...args, "--db", db], env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("needs a PostgreSQL archive");
      expect(r.stderr).toContain("--no-enqueue");
      expect(existsSync(db)).toBe(false);
    },
  );

  it("KABAR_ENQUEUE=1 with --no-enqueue analyses here as usual", { timeout: 120_000 }, async () => {
    const r = await kabar(
      [
        "ingest",
        EXAMPLE,
        "--no-enqueue",
        "--workers",
        "0",
        "--no-dossiers",
        "--db",
        join(scratch, "here.db"),
      ],
      "1",
    );
    expect(r.code).toBe(0);
    expect(statuses(r)).toEqual(Array(5).fill("inserted"));
  });
});

describe.skipIf(!PG_URL)(PG_SUITE, () => {
  /** A fresh archive in its own schema, named through the URL as a user's server settings would. */
  async function archiveUrl(): Promise<{ url: string; schema: string }> {
    const schema = freshSchema();
    await (await openPostgresStore(PG_URL, { schema })).close();
    const options = encodeURIComponent(`-c search_path=${schema}`);
    return { url: `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}options=${options}`, schema };
  }

  async function state(schema: string): Promise<{ articles: number; queued: number }> {
    const store = await openPostgresStore(PG_URL, { schema });
    try {
      return { articles: await store.countArticles(), queued: (await store.jobs.counts()).queued };
    } finally {
      await store.close();
    }
  }

  it("ingest --enqueue queues and returns; workers store; a second run queues nothing twice", {
    timeout: 240_000,
  }, async () => {
    const { url, schema } = await archiveUrl();
    const first = await kabar(["ingest", "--enqueue", EXAMPLE, "--db", url]);
    expect(first.code).toBe(0);
    expect(statuses(first)).toEqual(Array(5).fill("queued"));
    expect(first.stderr).toContain("5 queued, 0 already queued, 0 already stored, 0 failed");
    // Nothing analysed by the command itself: the articles wait in the queue.
    expect(await state(schema)).toEqual({ articles: 0, queued: 5 });

    // The variable turns enqueue mode on as the flag does; queued articles are not queued again.
    const again = await kabar(["ingest", EXAMPLE, "--json", "--db", url], "1");
    expect(again.code).toBe(0);
    const records = again.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { type: string; status?: string; alreadyQueued?: number });
    expect(records.filter((r) => r.type === "article").map((r) => r.status)).toEqual(
      Array(5).fill("already-queued"),
    );
    expect(records.at(-1)).toMatchObject({ type: "summary", queued: 0, alreadyQueued: 5 });

    const worker = await kabar(["worker", "--exit-when-idle", "--poll", "200", "--db", url]);
    expect(worker.code).toBe(0);
    expect(statuses(worker)).toEqual(Array(5).fill("inserted"));
    expect(await state(schema)).toEqual({ articles: 5, queued: 0 });

    // Stored articles are reported as such and never queued again.
    const stored = await kabar(["ingest", "--enqueue", EXAMPLE, "--db", url]);
    expect(stored.code).toBe(0);
    expect(statuses(stored)).toEqual(Array(5).fill("unchanged"));
    expect(await state(schema)).toEqual({ articles: 5, queued: 0 });
  });

  it("watch --enqueue queues the feed's new items and registers the feed", { timeout: 120_000 }, async () => {
    const { url, schema } = await archiveUrl();
    const feed = `${feeds.url}/rss.xml`;
    const r = await kabar(["watch", "--enqueue", "--once", "--allow-private", "--add", feed, "--db", url]);
    expect(r.code).toBe(0);
    // The test server's RSS feed has two items (one full text, one teaser read as its summary).
    expect(statuses(r)).toEqual(["queued", "queued"]);
    expect(await state(schema)).toEqual({ articles: 0, queued: 2 });
    const store = await openPostgresStore(PG_URL, { schema });
    try {
      const [registered] = await store.listFeeds();
      expect(registered?.url).toBe(feed);
      expect(registered?.lastFetched).toBeTruthy();
    } finally {
      await store.close();
    }
  });

  it("ingest --enqueue --feed reads the feed now and queues its items", { timeout: 120_000 }, async () => {
    const { url, schema } = await archiveUrl();
    const r = await kabar([
      "ingest",
      "--enqueue",
      "--allow-private",
      "--feed",
      `${feeds.url}/atom.xml`,
      "--db",
      url,
    ]);
    expect(r.code).toBe(0);
    expect(statuses(r)).toEqual(["queued"]);
    expect(await state(schema)).toEqual({ articles: 0, queued: 1 });
  });
});
