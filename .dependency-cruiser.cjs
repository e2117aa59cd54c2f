/**
 * @module
 * The layer rules, checked by `npm run lint:layers` (part of `npm test`). Arrows point the way
 * imports may go; every other cross-folder import is refused:
 *
 *   core ← lang ← stages ← story ← app ← cli, http
 *   core ← ingest (I/O; also lang: the outlet directory names outlets)
 *   core ← render (the dossier contract), web ← render (the static page is drawn by the story views)
 *   core ← storage (also lang: the search index stems Indonesian words)
 *   app imports everything below it; cli and http import app and everything below app.
 *   cli → storage (opening the archive `--db` names, its record types) and cli → render (writing
 *   `--md`/`--html`), like http → storage and http → ingest, go straight down: app would only
 *   forward them. cli → http: `kabar serve` mounts the HTTP app; the two are peer front-ends and
 *   http never imports cli.
 *   web (the browser UI) imports core only: the dossier contract and its types.
 *   bench/ and scripts/ import src/ and tools/ (their shared helpers), never each other.
 *   tools/ imports src/ only. src/ imports none of bench/, scripts/, tools/ or test/.
 *
 * Tests (`*.test.ts`, `testing.ts`, `*.case.ts`) follow the rule of their folder: a test that needs
 * a higher layer lives in that layer (e.g. src/app/store-roundtrip.test.ts), or in test/, which
 * has no rule. Any violation fails.
 * `import type` counts: a type is a dependency too.
 */

/** A rule that refuses every import from `from` that leaves the folders in `allowed`. */
function only(name, from, allowed, comment) {
  const inside = `^(${allowed.join("|")})/`;
  return {
    name,
    comment,
    severity: "error",
    from: { path: `^${from}/` },
    to: { path: "^(src|bench|scripts|tools|test)/", pathNot: inside },
  };
}

const below = (...layers) => layers.map((l) => `src/${l}`);

module.exports = {
  forbidden: [
    only(
      "core-imports-only-core",
      "src/core",
      below("core"),
      "core is the engine: no language data, no I/O, no storage",
    ),
    only(
      "lang-imports-only-core",
      "src/lang",
      below("core", "lang"),
      "language packs depend on core types only",
    ),
    only(
      "ingest-imports-core-lang",
      "src/ingest",
      below("core", "lang", "ingest"),
      "ingest reads inputs; the outlet directory is in lang",
    ),
    only(
      "stages-import-core-lang",
      "src/stages",
      below("core", "lang", "stages"),
      "a stage never reaches into story, storage or app",
    ),
    {
      name: "stages-take-packs-from-the-context",
      comment:
        "a stage finds its language pack through ctx.packs, so a registry with a new pack reaches it; " +
        "tests may use the shipped registry",
      severity: "error",
      from: {
        path: "^src/stages/",
        pathNot: ["\\.test\\.ts$", "/testing\\.ts$"],
      },
      to: { path: "^src/lang/registry\\.ts$" },
    },
    only(
      "story-imports-stages-down",
      "src/story",
      below("core", "lang", "stages", "story"),
      "story works on analysed documents",
    ),
    only(
      "render-imports-core-web",
      "src/render",
      below("core", "render", "web"),
      "rendering reads the dossier contract; the static page is drawn by the web UI's story views",
    ),
    only(
      "storage-imports-core-lang",
      "src/storage",
      below("core", "lang", "storage"),
      "storage keeps documents; it runs no analysis",
    ),
    only(
      "app-imports-below-it",
      "src/app",
      below("core", "lang", "ingest", "stages", "story", "render", "storage", "app"),
      "app is the composition root",
    ),
    only(
      "cli-imports-app-and-below",
      "src/cli",
      below("core", "lang", "ingest", "stages", "story", "render", "storage", "app", "http", "cli"),
      "cli: app and below, plus http for `kabar serve`",
    ),
    only(
      "http-imports-app-and-below",
      "src/http",
      below("core", "lang", "ingest", "stages", "story", "render", "storage", "app", "http"),
      "http: app and below",
    ),
    only(
      "web-imports-only-core",
      "src/web",
      below("core", "web"),
      "the browser bundle may carry core types and the contract only",
    ),
    only(
      "bench-not-scripts",
      "bench",
      ["src", "tools", "bench", "test"],
      "bench: src, tools and test harnesses",
    ),
    only("scripts-not-bench", "scripts", ["src", "tools", "scripts"], "scripts: src and tools"),
    only("tools-import-only-src", "tools", ["src", "tools"], "shared helpers of bench and scripts"),
  ],
  options: {
    includeOnly: "^(src|bench|scripts|tools|test)/",
    exclude: { path: "(^|/)(node_modules|dist|web-dist|generated)/" },
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"] },
    skipAnalysisNotInRules: true,
  },
};
