/**
 * @module
 * Whether a name is a known place: a country in English or Indonesian, a city, or a place form a
 * language pack lists ("Moskow", "Moskwa"), from the committed gazetteers and the packs. Datelines
 * use it to tell a place from an outlet's name.
 */

import { gazetteers } from "../../lang/base/gazetteers.js";
import { cues } from "./cues.js";

let names: Set<string> | undefined;

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
