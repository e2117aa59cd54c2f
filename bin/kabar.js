#!/usr/bin/env node
// Entry point for `npx kabar`: runs the compiled CLI (built by `npm ci` through the prepare script).
import("../dist/cli/main.js").catch((err) => {
  if (err && err.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes("dist/cli/main.js")) {
    console.error("kabar: the build is missing; run `npm ci` (or `npm run build`) first.");
    process.exit(70);
  }
  throw err;
});
