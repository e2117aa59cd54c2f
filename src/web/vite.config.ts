/**
 * @module
 * Builds the web UI into web-dist/ (committed, so `kabar serve` needs no build step at run time).
 * `npm run build:web` runs it. No inline scripts are emitted (the CSP forbids them) and the
 * module-preload polyfill, which Vite would inline, is off. The output depends only on the sources
 * and the locked packages (content-hashed names, no dates or absolute paths), so the committed
 * web-dist must equal a fresh build byte for byte; src/http/web-dist.test.ts rebuilds into a
 * temporary folder and fails when it does not.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: here,
  base: "/",
  publicDir: false,
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../../web-dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
  },
});
