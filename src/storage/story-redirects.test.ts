import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { allRedirects, recordMerges, resolveRedirect, STORY_REDIRECTS_DDL } from "./story-redirects.js";

function db(): Database.Database {
  const d = new Database(":memory:");
  d.exec(STORY_REDIRECTS_DDL);
  return d;
}

describe("story redirects", () => {
  it("resolves a merged story id through a chain of merges, and leaves live ids alone", () => {
    const d = db();
    recordMerges(d, [
      { kind: "merge", from: "s-a", into: "s-b" },
      { kind: "move", articleId: "x", from: "s-b", to: "s-c" },
      { kind: "merge", from: "s-b", into: "s-c" },
    ]);
    expect(resolveRedirect(d, "s-a")).toBe("s-c");
    expect(resolveRedirect(d, "s-b")).toBe("s-c");
    expect(resolveRedirect(d, "s-c")).toBe("s-c");
    expect(resolveRedirect(d, "s-unknown")).toBe("s-unknown");
    expect(allRedirects(d)).toHaveLength(2);
  });

  it("stops on a loop in stored data instead of hanging", () => {
    const d = db();
    d.prepare("INSERT INTO story_redirects VALUES ('s-1', 's-2', 'now'), ('s-2', 's-1', 'now')").run();
    expect(["s-1", "s-2"]).toContain(resolveRedirect(d, "s-1"));
  });

  it("rejects a self-redirect and records nothing of that batch", () => {
    const d = db();
    expect(() =>
      recordMerges(d, [
        { kind: "merge", from: "s-a", into: "s-b" },
        { kind: "merge", from: "s-c", into: "s-c" },
      ]),
    ).toThrow(/itself/);
    expect(allRedirects(d)).toEqual([]);
  });
});
