import { afterAll, describe, expect, it } from "vitest";
import { testDoc } from "../testing.js";
import { decodeResult, encodeResult } from "./jobs.js";
import { CLUSTER_LOCK, tryLock } from "./store.js";
import { dropTestSchemas, freshSchema, openTestStore, PG_SUITE, PG_URL } from "./testing.js";

afterAll(dropTestSchemas);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, payload: `p${i}` }));

describe.skipIf(!PG_URL)(PG_SUITE, () => {
  it("enqueue skips keys already queued", async () => {
    const store = await openTestStore();
    expect(await store.jobs.enqueue(items(3))).toBe(3);
    expect(await store.jobs.enqueue(items(5))).toBe(2);
    expect(await store.jobs.counts()).toEqual({ queued: 5, running: 0, done: 0, failed: 0 });
    await store.close();
  });

  it("enqueueKeys names the keys it queued; a key twice in one batch is queued once, first payload kept", async () => {
    const store = await openTestStore();
    await store.jobs.enqueue(items(1));
    const batch = [...items(3), { key: "k2", payload: "again" }];
    expect([...(await store.jobs.enqueueKeys(batch))].sort()).toEqual(["k1", "k2"]);
    expect(await store.jobs.counts()).toEqual({ queued: 3, running: 0, done: 0, failed: 0 });
    const claimed = [];
    for (let job = await store.jobs.claim("w"); job; job = await store.jobs.claim("w")) claimed.push(job);
    expect(claimed.map((j) => [j.key, j.payload])).toEqual([
      ["k0", "p0"],
      ["k1", "p1"],
      ["k2", "p2"],
    ]);
    await store.close();
  });

  it("concurrent claimers never take the same job, and every job is taken once", async () => {
    const store = await openTestStore({ poolSize: 8 });
    await store.jobs.enqueue(items(60));
    const taken: string[] = [];
    await Promise.all(
      Array.from({ length: 6 }, async (_, w) => {
        for (;;) {
          const job = await store.jobs.claim(`w${w}`);
          if (!job) return;
          taken.push(job.key);
          expect(await store.jobs.complete(job, `w${w}`, null)).toBe(true);
        }
      }),
    );
    expect(taken.sort()).toEqual(
      items(60)
        .map((i) => i.key)
        .sort(),
    );
    expect(await store.jobs.counts()).toEqual({ queued: 0, running: 0, done: 60, failed: 0 });
    await store.close();
  });

  it("a job whose worker died is taken again after its lease, and its result is handed back once", async () => {
    const store = await openTestStore({ queue: { leaseMs: 300, maxAttempts: 5 } });
    const doc = testDoc({ text: "Gempa mengguncang Sulawesi Tengah pada Selasa.", language: "id" });
    await store.jobs.enqueue([{ key: doc.id, payload: "{}" }]);
    // The dead worker claimed the job and never came back.
    const first = await store.jobs.claim("dead");
    expect(await store.jobs.claim("alive")).toBeNull();
    await sleep(400);
    const again = await store.jobs.claim("alive");
    expect(again).toMatchObject({ key: doc.id, attempts: 2 });
    expect(await store.jobs.complete(again!, "alive", encodeResult(doc))).toBe(true);
    // The dead worker's late completion no longer owns the job.
    expect(await store.jobs.complete(first!, "dead", null)).toBe(false);
    const ready = await store.jobs.readyToPlace();
    expect(ready).toHaveLength(1);
    const back = decodeResult(ready[0]!.key, ready[0]!.result!);
    expect(back.text).toBe(doc.text);
    expect(back.layers.mentions).toEqual(doc.layers.mentions);
    await store.jobs.remove(ready[0]!.id);
    expect(await store.jobs.counts()).toEqual({ queued: 0, running: 0, done: 0, failed: 0 });
    await store.close();
  });

  it("finished jobs are handed to the placer in enqueue order, never past an unfinished one", async () => {
    const store = await openTestStore({ queue: { leaseMs: 60_000, maxAttempts: 1 } });
    await store.jobs.enqueue(items(4));
    const [j0, j1, j2, j3] = [
      await store.jobs.claim("w"),
      await store.jobs.claim("w"),
      await store.jobs.claim("w"),
      await store.jobs.claim("w"),
    ];
    await store.jobs.complete(j2!, "w", "r2");
    await store.jobs.complete(j3!, "w", "r3");
    expect(await store.jobs.readyToPlace()).toEqual([]);
    await store.jobs.complete(j0!, "w", "r0");
    expect((await store.jobs.readyToPlace()).map((j) => j.result)).toEqual(["r0"]);
    // A job parked as failed no longer holds back the ones behind it.
    expect(await store.jobs.fail(j1!, "w", "boom")).toBe("failed");
    expect((await store.jobs.readyToPlace()).map((j) => j.result)).toEqual(["r0", "r2", "r3"]);
    await store.close();
  });

  it("a failing job is retried with backoff, then parked as failed with its error", async () => {
    const store = await openTestStore({ queue: { leaseMs: 60_000, maxAttempts: 2 } });
    await store.jobs.enqueue(items(1));
    const a = await store.jobs.claim("w");
    expect(await store.jobs.fail(a!, "w", "boom")).toBe("retry");
    // The backoff keeps it out of reach for now.
    expect(await store.jobs.claim("w")).toBeNull();
    await store.kysely
      .updateTable("jobs" as never)
      .set({ run_after: new Date(0).toISOString() } as never)
      .execute();
    const b = await store.jobs.claim("w");
    expect(b?.attempts).toBe(2);
    expect(await store.jobs.fail(b!, "w", "boom again")).toBe("failed");
    expect(await store.jobs.counts()).toEqual({ queued: 0, running: 0, done: 0, failed: 1 });
    // Enqueueing it again gives it a fresh start.
    expect(await store.jobs.enqueue(items(1))).toBe(1);
    expect(await store.jobs.counts()).toEqual({ queued: 1, running: 0, done: 0, failed: 0 });
    await store.close();
  });

  it("a job that kills its worker every time is parked after maxAttempts leases", async () => {
    const store = await openTestStore({ queue: { leaseMs: 100, maxAttempts: 2 } });
    await store.jobs.enqueue(items(1));
    expect(await store.jobs.claim("w1")).not.toBeNull();
    await sleep(150);
    expect(await store.jobs.claim("w2")).not.toBeNull();
    await sleep(150);
    expect(await store.jobs.claim("w3")).toBeNull();
    expect(await store.jobs.counts()).toEqual({ queued: 0, running: 0, done: 0, failed: 1 });
    await store.close();
  });

  it("one placer at a time: the cluster lock passes on when its holder lets go", async () => {
    const schema = freshSchema();
    const first = await tryLock(PG_URL, CLUSTER_LOCK, schema);
    expect(first).not.toBeNull();
    expect(await tryLock(PG_URL, CLUSTER_LOCK, schema)).toBeNull();
    expect(first!.lost()).toBe(false);
    // Ending the connection is what a killed worker's death does to its lock.
    await first!.release();
    const second = await tryLock(PG_URL, CLUSTER_LOCK, schema);
    expect(second).not.toBeNull();
    await second!.release();
  });
});
