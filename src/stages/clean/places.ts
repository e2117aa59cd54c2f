/**
 * @module
 * Whether a name is a known place (a country in English or Indonesian, or a city), from the
 * committed gazetteers. Datelines use it to tell a place from an outlet's name.
 */
import { gazetteers } from "../entities/gazetteers.js";

let names: Set<string> | undefined;

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export function isKnownPlace(name: string): boolean {
  if (!names) {
    const g = gazetteers();
    names = new Set(
      [...g.countries.flatMap((c) => [c.name, ...c.names]), ...g.cities.map((c) => c.name)].map(fold),
    );
  }
  return names.has(fold(name));
}
