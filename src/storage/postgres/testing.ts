/**
 * @module
 * Test helper for the PostgreSQL tests: the server named by `KABAR_TEST_PG_URL` (`.ci/run` starts
 * a throwaway one), a fresh schema per store so tests never see each other's rows, and every
 * schema dropped at the end. Without the variable the tests skip, and their suite name says why.
 */
import pg from "pg";
import { openPostgresStore, type PostgresOptions, type PostgresStore } from "./store.js";

export const PG_URL = process.env.KABAR_TEST_PG_URL ?? "";

export const PG_SUITE = PG_URL
  ? "PostgreSQL"
  : "PostgreSQL (skipped: KABAR_TEST_PG_URL is unset; .ci/run starts a server and sets it)";

const created: string[] = [];

export function freshSchema(): string {
  const name = `kabar_test_${process.pid}_${created.length}_${Math.random().toString(36).slice(2, 8)}`;
  created.push(name);
  return name;
}

export function openTestStore(options: PostgresOptions = {}): Promise<PostgresStore> {
  return openPostgresStore(PG_URL, { schema: freshSchema(), ...options });
}

export async function dropTestSchemas(): Promise<void> {
  if (!PG_URL || created.length === 0) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    for (const s of created.splice(0)) await client.query(`drop schema if exists ${s} cascade`);
  } finally {
    await client.end();
  }
}
