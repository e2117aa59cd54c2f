import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countArticles } from "./progress.js";

describe("progress totals", () => {
  const dir = mkdtempSync(join(tmpdir(), "kabar-count-"));
  mkdirSync(join(dir, "sub"));
  for (const f of ["a.txt", "b.html", "sub/c.txt", "README.md", ".hidden.txt", "notes.pdf"])
    writeFileSync(join(dir, f), "x");

  it("counts the article files a folder walk reads, skipping its README and other formats", async () => {
    expect(await countArticles([dir])).toBe(3);
    // A named file is read whatever its ending; a missing one still yields one (failed) result.
    expect(await countArticles([join(dir, "notes.pdf"), join(dir, "gone.txt")])).toBe(2);
  });

  it("has no total when record files or standard input hold an unknown number of articles", async () => {
    writeFileSync(join(dir, "sub", "many.jsonl"), "{}\n{}\n");
    expect(await countArticles([dir])).toBeUndefined();
    expect(await countArticles(["-"])).toBeUndefined();
  });
});
