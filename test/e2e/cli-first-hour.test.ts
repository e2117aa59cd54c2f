/**
 * @module
 * The command line as a new user meets it: bad numbers are usage errors (exit 2) that leave no
 * database behind, a search with no match is an answer (exit 0), `analyze` says what it wrote,
 * `ingest --json` and `watch --json` speak JSON, and `watch --list` explains an empty list.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE, ROOT } from "./servers.js";

/** From the checkout (where tsx resolves), as serve-cli.test.ts runs it; outputs go to `dir`. */
const kabar = (...args: string[]) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/main.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, KABAR_DB: "" },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe("kabar's first hour", () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kabar-first-hour-"));
    db = join(dir, "archive.db");
  });

  it.each([
    ["stories", "--limit", "abc"],
    ["search", "x", "--limit", "0"],
    ["analyze", EXAMPLE, "--max-bytes", "abc"],
    ["ingest", EXAMPLE, "--workers", "-1"],
    ["serve", "--port", "99999"],
    ["watch", "--interval", "1.5"],
    ["stories", "--since", "last week"],
  ])("%s %s %s %s: usage error, exit 2, no database created", (...args) => {
    const r = kabar(...args, "--db", db);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/argument '.*' is invalid\. expected/);
    expect(existsSync(db)).toBe(false);
    expect(r.stdout).toBe("");
  });

  it("ingests with --json lines, finds nothing without failing, lists no feeds with a hint", () => {
    const ingest = kabar("ingest", EXAMPLE, "--db", db, "--json", "--workers", "0");
    expect(ingest.status).toBe(0);
    const lines = ingest.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => l.type === "article")).toHaveLength(5);
    expect(lines.at(-1)).toMatchObject({ type: "summary", inserted: 5, failed: 0 });

    const none = kabar("search", "zzqqxx", "--db", db);
    expect(none.status).toBe(0);
    expect(none.stderr).toContain("no matches");
    const json = kabar("search", "zzqqxx", "--db", db, "--json");
    expect(JSON.parse(json.stdout)).toEqual([]);
    const hit = kabar("search", "Putin", "--db", db, "--json", "--limit", "2");
    expect((JSON.parse(hit.stdout) as unknown[]).length).toBe(2);

    const feeds = kabar("watch", "--list", "--db", db);
    expect(feeds.status).toBe(0);
    expect(feeds.stdout).toBe("");
    expect(feeds.stderr).toContain("no feeds registered");
    expect(JSON.parse(kabar("watch", "--list", "--json", "--db", db).stdout)).toEqual([]);
  });

  it("analyze names the files it wrote", () => {
    const [json, html] = [join(dir, "d.json"), join(dir, "d.html")];
    const r = kabar("analyze", EXAMPLE, "--json", json, "--html", html);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^kabar: analysed 5 article\(s\), .*\n$/);
    expect(r.stderr).toContain(`; wrote ${json} (JSON), ${html} (HTML)`);
    expect(existsSync(json) && existsSync(html)).toBe(true);
  });
});
