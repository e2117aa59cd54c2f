/**
 * @module
 * Writes the hostile-input corpus of issue 13 (see cases.ts) to a folder:
 * `npx tsx scripts/fuzz/generate.ts <dir> [--small] [case…]`. Nothing of it is committed.
 */
import { generateCorpus } from "../../tools/fuzz/cases.js";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
if (!dir) {
  process.stderr.write("usage: tsx scripts/fuzz/generate.ts <dir> [--small] [case…]\n");
  process.exit(2);
}
const only = args.filter((a) => !a.startsWith("--") && a !== dir);
const made = generateCorpus(dir, args.includes("--small") ? "small" : "full", only);
process.stderr.write(`fuzz: wrote ${made.length} cases under ${dir}\n`);
