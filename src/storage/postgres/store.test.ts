import { afterAll, describe, expect, it } from "vitest";
import { storeConformance } from "../store.case.js";
import { testDoc } from "../testing.js";
import { isPostgresUrl, openPostgresStore } from "./store.js";
import { dropTestSchemas, freshSchema, openTestStore, PG_SUITE, PG_URL } from "./testing.js";

afterAll(dropTestSchemas);

// One line for the whole PostgreSQL suite (its other files skip silently under the same rule).
if (!PG_URL) console.warn(PG_SUITE);

describe.skipIf(!PG_URL)(PG_SUITE, () => {
  storeConformance("postgres", () => openTestStore());

  it("reopens a schema with its data and runs the migrations only once", async () => {
    const schema = freshSchema();
    const a = await openPostgresStore(PG_URL, { schema });
    await a.putArticle(testDoc({ text: "Satu artikel tentang banjir.", language: "id" }));
    await a.close();
    const b = await openPostgresStore(PG_URL, { schema });
    expect(await b.countArticles()).toBe(1);
    const versions = await b.kysely
      .selectFrom("kysely_migration" as never)
      .select("name" as never)
      .execute();
    expect(versions).toHaveLength(4);
    await b.close();
  });

  it("two stores writing the same articles at once store each one once", async () => {
    const schema = freshSchema();
    const a = await openPostgresStore(PG_URL, { schema });
    const b = await openPostgresStore(PG_URL, { schema });
    const docs = Array.from({ length: 40 }, (_, i) =>
      testDoc({
        text: `Artikel nomor ${i} tentang gempa di Sulawesi.`,
        url: `https://e.id/${i}`,
        language: "id",
      }),
    );
    const results = await Promise.all([
      Promise.all(docs.map((d) => a.putArticle(d))),
      Promise.all([...docs].reverse().map((d) => b.putArticle(d))),
    ]);
    const inserted = results.flat().filter((r) => r.status === "inserted").length;
    expect(inserted).toBe(docs.length);
    expect(await a.countArticles()).toBe(docs.length);
    await a.close();
    await b.close();
  });
});

describe("PostgreSQL connection", () => {
  it("tells postgres:// and postgresql:// URLs from file paths", () => {
    expect(isPostgresUrl("postgres://u@h/db")).toBe(true);
    expect(isPostgresUrl("postgresql://h:5433/db")).toBe(true);
    expect(isPostgresUrl("./postgres.db")).toBe(false);
    expect(isPostgresUrl("/var/kabar/postgresql://x")).toBe(false);
  });

  it("an unreachable server is a coded store error that names it without the password", async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const err = await openPostgresStore("postgres://kabar:s3cret@127.0.0.1:1/kabar").catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "E_STORE" });
    const message = (err as Error).message;
    expect(message).toContain("127.0.0.1:1/kabar");
    expect(message).toContain("unavailable");
    expect(message).not.toContain("s3cret");
  });
});
