/**
 * @module
 * `npm run train:clean-meta`: trains the clean stage's learned metadata readers on the DEV split of
 * the cleaning gold (bench/corpora/clean; never test) and writes them to `models/clean-meta/`:
 * the outlet reader (`outlet.json`, scripts/clean-meta/outlet.ts) and the author reader
 * (`authors.json`, scripts/clean-meta/authors.ts). Each is scored by leave-one-outlet-out
 * cross-validation beside the rule-based reader on the same pages, and written only when it beats
 * the rules there; otherwise its old file is removed and the rules decide alone.
 *
 * Options: `--no-write` prints the figures only; `--verbose` lists the pages where the held-out
 * reader or the rules are wrong; `--search` cross-validates a grid of settings first (the shipped
 * settings are pinned in the modules, chosen from a stable region of that grid).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { trainAuthors } from "./clean-meta/authors.js";
import { trainOutlet } from "./clean-meta/outlet.js";
import { readDevPages } from "./clean-meta/pages.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const goldDir = join(root, "bench/corpora/clean");
const outDir = join(root, "models/clean-meta");

function save(name: string, file: object | null, write: boolean): void {
  const path = join(outDir, name);
  if (!write) return;
  if (file) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
    console.log(`wrote ${path}`);
  } else if (existsSync(path)) {
    rmSync(path);
    console.log(`removed ${path}`);
  }
}

function main(): void {
  const opts = { search: process.argv.includes("--search"), verbose: process.argv.includes("--verbose") };
  const write = !process.argv.includes("--no-write");
  const pages = readDevPages(goldDir);
  save("outlet.json", trainOutlet(pages, opts).file, write);
  save("authors.json", trainAuthors(pages, opts).file, write);
}

main();
