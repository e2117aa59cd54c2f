/**
 * @module
 * Serves the prebuilt web UI (web-dist/) from the same process. Paths are untrusted: anything
 * that decodes to `..`, a backslash, a NUL or an absolute path is refused with E_BAD_PATH before
 * the file system is touched, and the resolved file must still lie inside the root. Unknown paths
 * without an extension get index.html so deep links into the single-page UI work.
 */
import { readFile, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import type { Context } from "hono";
import { HttpError } from "./errors.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** The file below `root` that a URL path names, or throws E_BAD_PATH. */
export function safeResolve(root: string, urlPath: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError("E_BAD_PATH", "the path is not valid percent-encoding");
  }
  const segments = decoded.split("/");
  if (decoded.includes("\\") || decoded.includes("\0") || segments.some((s) => s === ".." || s === "."))
    throw new HttpError("E_BAD_PATH", "the path may not contain '..', '.', backslashes or NUL");
  const base = resolve(root);
  const file = resolve(base, `.${decoded.startsWith("/") ? decoded : `/${decoded}`}`);
  if (file !== base && !file.startsWith(base + sep))
    throw new HttpError("E_BAD_PATH", "the path leaves the web root");
  return file;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

export function staticHandler(root: string) {
  return async (c: Context): Promise<Response> => {
    const raw = new URL(c.req.url).pathname;
    let file = safeResolve(root, raw.endsWith("/") ? `${raw}index.html` : raw);
    if (!(await isFile(file))) {
      if (extname(file))
        return c.json({ error: { code: "E_ROUTE_NOT_FOUND", message: `no such file: ${raw}` } }, 404);
      file = resolve(root, "index.html");
    }
    const body = await readFile(file);
    const hashed = raw.startsWith("/assets/");
    return c.body(body, 200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
    });
  };
}
