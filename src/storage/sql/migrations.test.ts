import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { postgresDialect } from "../postgres/migrations.js";
import { openPostgresStore } from "../postgres/store.js";
import { dropTestSchemas, freshSchema, PG_URL } from "../postgres/testing.js";
import { sqliteDialect } from "../sqlite/migrations.js";
import { openSqliteStore } from "../sqlite/store.js";
import type { Store } from "../store.js";
import { testDoc } from "../testing.js";
import { LEGACY_SCHEMAS } from "./fixtures/legacy-schemas.js";
import { type DialectName, MIGRATIONS, migrationsFor, type SqlDialect } from "./migrations.js";

const dir = mkdtempSync(join(tmpdir(), "kabar-migrations-"));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestSchemas();
});

type Row = Record<string, unknown>;

/** One backend as these tests drive it: raw statements, its schema as rows, and the store. */
interface Backend {
  readonly name: DialectName;
  readonly dialect: SqlDialect;
  /** A new, empty database's location. */
  fresh(): Promise<string>;
  exec(at: string, statements: readonly string[]): Promise<void>;
  query(at: string, text: string): Promise<Row[]>;
  /** Tables, columns, types, collations, defaults and indexes: what a migration can change. */
  schemaOf(at: string): Promise<Row[]>;
  open(at: string): Promise<Store>;
}

let files = 0;
const sqlite: Backend = {
  name: "sqlite",
  dialect: sqliteDialect,
  fresh: async () => join(dir, `m${++files}.db`),
  async exec(at, statements) {
    const db = new BetterSqlite3(at);
    for (const s of statements) db.exec(s);
    db.close();
  },
  async query(at, text) {
    const db = new BetterSqlite3(at, { readonly: true });
    try {
      return db.prepare(text).all() as Row[];
    } finally {
      db.close();
    }
  },
  // SQLite keeps each object's CREATE statement, normalised (`if not exists` dropped): comparing
  // them compares columns, types, constraints and indexes at once.
  schemaOf(at) {
    return this.query(at, "select type, name, tbl_name, sql from sqlite_master order by type, name");
  },
  open: (at) => openSqliteStore(at),
};

const withSchema = (schema: string): pg.ClientConfig => ({
  connectionString: PG_URL,
  options: `-c search_path=${schema}`,
});

const postgres: Backend = {
  name: "postgres",
  dialect: postgresDialect,
  async fresh() {
    const schema = freshSchema();
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`create schema ${schema}`);
    await client.end();
    return schema;
  },
  async exec(schema, statements) {
    const client = new pg.Client(withSchema(schema));
    await client.connect();
    try {
      for (const s of statements) await client.query(s);
    } finally {
      await client.end();
    }
  },
  async query(schema, text) {
    const client = new pg.Client(withSchema(schema));
    await client.connect();
    try {
      return (await client.query(text)).rows as Row[];
    } finally {
      await client.end();
    }
  },
  async schemaOf(schema) {
    const columns = await this.query(
      schema,
      `select table_name, column_name, data_type, collation_name, is_nullable, column_default
       from information_schema.columns where table_schema = current_schema()
       order by table_name, column_name`,
    );
    const indexes = await this.query(
      schema,
      `select tablename, indexname, replace(indexdef, current_schema() || '.', '') as indexdef
       from pg_indexes where schemaname = current_schema() order by tablename, indexname`,
    );
    return [...columns, ...indexes];
  },
  open: (schema) => openPostgresStore(PG_URL, { schema }),
};

const migrationRows = (b: Backend, at: string): Promise<Row[]> =>
  b.query(at, `select name, timestamp from kysely_migration order by name`);

/** The legacy statements up to and including the record of `lastStep`. */
function legacyUpTo(name: DialectName, lastStep: string): string[] {
  const all = LEGACY_SCHEMAS[name];
  const end = all.findIndex((s) => s.includes("kysely_migration") && s.includes(`'${lastStep}'`));
  return all.slice(0, end + 1);
}

async function roundTrip(b: Backend, at: string): Promise<void> {
  const store = await b.open(at);
  try {
    await store.putArticle(testDoc({ text: "Presiden bertemu warga di Bandung.", language: "id" }));
    expect(await store.search("pertemuan")).toHaveLength(1);
  } finally {
    await store.close();
  }
  const again = await b.open(at);
  expect(await again.countArticles()).toBe(1);
  await again.close();
}

describe("the shared migration list", () => {
  it.each([
    ["sqlite", sqliteDialect, ["0001_init", "0002_sqlite_fts", "0004_story_redirects"]],
    [
      "postgres",
      postgresDialect,
      ["0001_init", "0002_postgres_tsvector", "0003_postgres_jobs", "0004_story_redirects"],
    ],
  ] as const)("%s runs the steps recorded under these names, in this order", (_name, dialect, names) => {
    // These names are in existing databases' kysely_migration tables: renaming one breaks them.
    expect(Object.keys(migrationsFor(dialect)).sort()).toEqual(names);
  });

  it("names sort in list order, so Kysely applies them in the order written", () => {
    for (const d of [sqliteDialect, postgresDialect]) {
      const names = Object.keys(migrationsFor(d));
      expect([...names].sort()).toEqual(names);
    }
  });

  it("a step named for one dialect only is skipped by the other", () => {
    const only = migrationsFor(sqliteDialect, [{ name: { postgres: "0009_x" }, up: async () => {} }]);
    expect(only).toEqual({});
    expect(MIGRATIONS.length).toBeGreaterThanOrEqual(3);
  });
});

const backends: [string, Backend, boolean][] = [
  ["sqlite", sqlite, true],
  ["postgres", postgres, !!PG_URL],
];

describe.each(backends)("migrations on %s", (_name, b, available) => {
  it.skipIf(!available)(
    "a database made by the first releases opens as it was, plus only the later steps",
    async () => {
      const legacy = await b.fresh();
      await b.exec(legacy, LEGACY_SCHEMAS[b.name]);
      const before = await migrationRows(b, legacy);
      await (await b.open(legacy)).close();
      // The steps the first releases recorded keep their rows (names and times); only steps added
      // since (story redirects) run, after them.
      const after = await migrationRows(b, legacy);
      expect(after.slice(0, before.length)).toEqual(before);
      const later = Object.keys(migrationsFor(b.dialect)).filter((n) => !before.some((r) => r.name === n));
      expect(later).toEqual(["0004_story_redirects"]);
      expect(after.slice(before.length).map((r) => r.name)).toEqual(later);
      // …and it is the schema today's migrations give a new database.
      const fresh = await b.fresh();
      await (await b.open(fresh)).close();
      expect(await b.schemaOf(legacy)).toEqual(await b.schemaOf(fresh));
      expect((await migrationRows(b, fresh)).map((r) => r.name)).toEqual(after.map((r) => r.name));
      await roundTrip(b, legacy);
    },
  );

  it.skipIf(!available)("a database at an older version runs only the steps it lacks", async () => {
    const old = await b.fresh();
    await b.exec(old, legacyUpTo(b.name, "0001_init"));
    const [init] = await migrationRows(b, old);
    await (await b.open(old)).close();
    const rows = await migrationRows(b, old);
    expect(rows[0]).toEqual(init);
    expect(rows.map((r) => r.name)).toEqual(Object.keys(migrationsFor(b.dialect)));
    const fresh = await b.fresh();
    await (await b.open(fresh)).close();
    expect(await b.schemaOf(old)).toEqual(await b.schemaOf(fresh));
    await roundTrip(b, old);
  });

  it.skipIf(!available)("every step can run twice: a replayed step changes nothing", async () => {
    const at = await b.fresh();
    await (await b.open(at)).close();
    const schema = await b.schemaOf(at);
    const steps = Object.values(migrationsFor(b.dialect));
    const db =
      b.name === "sqlite"
        ? new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(at) }) })
        : ((await openPostgresStore(PG_URL, { schema: at })).kysely as unknown as Kysely<unknown>);
    try {
      for (const step of steps) await step.up(db);
    } finally {
      await db.destroy();
    }
    expect(await b.schemaOf(at)).toEqual(schema);
  });
});

describe.skipIf(!PG_URL)("migrations on postgres, schema chosen by the server", () => {
  it("a new schema named only by search_path gets its own tables beside other archives", async () => {
    // Another archive in the same database: its kysely_migration must not be taken for this one's.
    await (await openPostgresStore(PG_URL, { schema: await postgres.fresh() })).close();
    const schema = await postgres.fresh();
    const url = `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    await roundTrip({ ...postgres, open: () => openPostgresStore(url) }, schema);
    expect((await migrationRows(postgres, schema)).map((r) => r.name)).toEqual(
      Object.keys(migrationsFor(postgresDialect)),
    );
  });
});
