import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..", "web-dist");
const index = readFileSync(join(ROOT, "index.html"), "utf8");

/** The committed UI must be complete and CSP-clean: `kabar serve` ships it as it is. */
describe("web-dist", () => {
  const refs = [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? "");

  it("references a script and a stylesheet", () => {
    expect(refs.some((r) => r.endsWith(".js"))).toBe(true);
    expect(refs.some((r) => r.endsWith(".css"))).toBe(true);
  });

  it.each(refs.map((r) => [r]))("has %s", (ref) => {
    expect(existsSync(join(ROOT, ref))).toBe(true);
  });

  it("has no inline script or inline event handler (the CSP would block them)", () => {
    const scripts = [...index.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe("");
    }
    expect(index).not.toMatch(/\son[a-z]+=/i);
  });

  it("holds only built assets (no source maps, no stray files)", () => {
    const files = readdirSync(join(ROOT, "assets"));
    expect(files.filter((f) => !/^[\w-]+-[\w-]{8}\.(js|css)$/.test(f))).toEqual([]);
  });
});
