import { describe, expect, it } from "vitest";
import { withoutPassword } from "./serve-run.js";

describe("withoutPassword", () => {
  it.each([
    ["postgres://kabar:s3cr3t@db.example:5432/kabar", "postgres://kabar:***@db.example:5432/kabar"],
    ["postgresql://u:p%40ss@localhost/db", "postgresql://u:***@localhost/db"],
    ["postgres://localhost/db", "postgres://localhost/db"],
    ["./kabar.db", "./kabar.db"],
  ])("%s → %s", (url, shown) => {
    expect(withoutPassword(url)).toBe(shown);
  });
});
