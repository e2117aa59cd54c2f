import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const REPO = join(import.meta.dirname, "..", "..");
const ROOT = join(REPO, "web-dist");
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

/** Every file under `dir`, as sorted paths relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * The committed web-dist must be exactly what `npm run build:web` makes of src/web today: a view
 * changed without a rebuild would ship the old UI. The build goes to a temporary folder, never into
 * the tree; hashed names make a stale bundle show as a missing or extra file.
 */
describe("web-dist is the build of src/web", () => {
  it("matches a fresh build byte for byte (run `npm run build:web` when it does not)", () => {
    const out = mkdtempSync(join(tmpdir(), "kabar-web-dist-"));
    try {
      execFileSync(
        process.execPath,
        [
          join(REPO, "node_modules", "vite", "bin", "vite.js"),
          "build",
          "--config",
          join(REPO, "src", "web", "vite.config.ts"),
          "--outDir",
          out,
          "--emptyOutDir",
          "--logLevel",
          "error",
        ],
        { cwd: REPO, stdio: "pipe" },
      );
      expect(files(out)).toEqual(files(ROOT));
      for (const f of files(ROOT)) {
        expect(readFileSync(join(out, f)).equals(readFileSync(join(ROOT, f))), f).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
