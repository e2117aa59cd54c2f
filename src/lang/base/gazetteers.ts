/**
 * @module
 * Reads the committed gazetteers (`data/gazetteers/*.json`, made by `scripts/build-gazetteers.ts`
 * from maintained packages). They are read once, on first use, from beside the build output, so
 * the product never touches node_modules data at run time.
 */
import { readFileSync } from "node:fs";

export interface CountryEntry {
  readonly code: string;
  /** English canonical name ("Russia"). */
  readonly name: string;
  /** Other English and Indonesian names ("Russian Federation", "Rusia"). */
  readonly names: readonly string[];
}

export interface CityEntry {
  readonly name: string;
  readonly country: string;
}

export interface Gazetteers {
  readonly countries: readonly CountryEntry[];
  readonly cities: readonly CityEntry[];
}

let cached: Gazetteers | undefined;

function readJson<T>(file: string): T {
  // Three levels up from src/lang/base (or dist/lang/base) is the package root.
  const url = new URL(`../../../data/gazetteers/${file}`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as T;
}

export function gazetteers(): Gazetteers {
  cached ??= {
    countries: readJson<CountryEntry[]>("countries.json"),
    cities: readJson<CityEntry[]>("cities.json"),
  };
  return cached;
}
