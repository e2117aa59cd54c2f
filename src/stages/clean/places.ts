/**
 * @module
 * Whether a name is a known place: a country in English or Indonesian, a city, or a place form a
 * language pack lists ("Moskow", "Moskwa"), from the committed gazetteers and the packs. Datelines
 * use it to tell a place from an outlet's name.
 */

import { gazetteers } from "../../lang/base/gazetteers.js";
import { cues } from "./cues.js";

let names: Set<string> | undefined;
let countries: Set<string> | undefined;

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

function load(): Set<string> {
  const g = gazetteers();
  const packPlaces = cues().places;
  return new Set(
    [...g.countries.flatMap((c) => [c.name, ...c.names]), ...g.cities.map((c) => c.name), ...packPlaces].map(
      fold,
    ),
  );
}

export function isKnownPlace(name: string): boolean {
  names ??= load();
  return names.has(fold(name));
}

/** Whether the gazetteer lists the name as a country (in English or Indonesian). */
export function isKnownCountry(name: string): boolean {
  countries ??= new Set(
    gazetteers()
      .countries.flatMap((c) => [c.name, ...c.names])
      .map(fold),
  );
  return countries.has(fold(name));
}

/**
 * Whether the text itself calls the name a place: after a preposition ("di Demak", "in Lumajang")
 * or an administrative word in any case ("Kota Bukittinggi", "Kabupaten Karo", "County of Yolo").
 * Regional pages name places no gazetteer lists, so the page is the evidence.
 */
export function namedAsPlaceIn(name: string, text: string): boolean {
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Prepositions stay lower case ("In Jakarta" opening a sentence is no less a place, but "At
  // Reuters" is not one); administrative words are matched in any case.
  const re = new RegExp(
    `(?:\\b(?:di|ke|dari|in|on|at|from|near)\\s+|\\b(?:[Kk]ota|[Kk]abupaten|[Kk]ab\\.|[Pp]rovinsi|[Pp]rovince|[Kk]ecamatan|[Dd]esa|[Kk]elurahan|[Cc]ity of|[Cc]ounty of)\\s+)${esc}\\b`,
    "u",
  );
  return re.test(text);
}
