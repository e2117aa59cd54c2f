/**
 * @module
 * Shared scoring helpers: precision/recall/F1 counts and the CLI contract every scorer follows
 * (its last stdout line is the summary the issues name).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export { type Counts, counts, prf } from "../tools/score.js";

/** Two decimals of a percentage: 0.9512 → "95.12". */
export const pct = (x: number): string => (100 * x).toFixed(2);

/** SHA-256 over every file below `dir` (sorted paths and contents): pins a gold corpus. */
export function digestOf(dir: string): string {
  const hash = createHash("sha256");
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(name).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest("hex").slice(0, 16);
}

/** What a scorer module exports for the CI gate: its headline scores on its default corpus. */
export interface GateModule {
  /** Folder of the committed gold corpus, pinned by digest; omit for shared training data. */
  readonly corpus?: string;
  gateScores(): Promise<Record<string, number>>;
}

/** True when the module is run as a script rather than imported (by the gate or a test). */
export function isMain(importMetaUrl: string): boolean {
  const entry = process.argv[1];
  return !!entry && importMetaUrl.endsWith(entry.replace(/\\/g, "/").replace(/^.*?(\/bench\/)/, "$1"));
}
