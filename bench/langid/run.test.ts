import { describe, expect, it } from "vitest";
import { readSamples, score } from "./run.js";

describe("langid scoring", () => {
  const samples = [
    { lang: "id", text: "a" },
    { lang: "ms", text: "b" },
    { lang: "en", text: "c" },
  ];

  it.each([
    // detector answers, strict correct, id/ms-merged correct
    [{ a: "id", b: "ms", c: "en" }, 3, 3],
    [{ a: "ms", b: "id", c: "en" }, 1, 3],
    [{ a: "tl", b: "lt", c: "" }, 0, 0], // must find nothing right
  ])("answers %o", (answers, strict, merged) => {
    const s = score(samples, (t) => (answers as Record<string, string>)[t] ?? "");
    expect(s.correct).toBe(strict);
    expect(s.merged).toBe(merged);
    expect(s.total).toBe(3);
  });

  it("reads at least 60 paragraphs per language from the committed corpus", () => {
    const all = readSamples();
    for (const lang of ["id", "ms", "en"])
      expect(all.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(60);
    expect(all.every((s) => s.text.trim().length > 0)).toBe(true);
  });
});
