/**
 * @module
 * The map of the story's places, drawn offline: country shapes from world-atlas (loaded on demand
 * as its own chunk) in an equirectangular projection, zoomed to the places found, with one marker
 * per place entity whose name or alias is in the bundled lookup (src/web/generated/places.json:
 * countries and big cities; places-more.json: towns and airports, loaded after the map is drawn
 * and only when a place is still missing). Only entities the entity stage typed as places are
 * looked up. Markers are buttons: they open the place's first mention.
 */
import { html } from "htm/preact";
import { useEffect, useState } from "preact/hooks";
import type { DossierEntity } from "../../core/dossier.js";
import type { SectionProps } from "./types.js";

type LonLat = [number, number];
interface Geo {
  shapes: LonLat[][][];
  places: Record<string, LonLat>;
}

async function loadGeo(): Promise<Geo> {
  const [{ feature }, world, places] = await Promise.all([
    import("topojson-client"),
    import("world-atlas/countries-110m.json"),
    import("../generated/places.json"),
  ]);
  // biome-ignore lint/suspicious/noExplicitAny: world-atlas ships untyped TopoJSON.
  const topo = (world as any).default ?? world;
  const fc = feature(topo, topo.objects.countries) as unknown as {
    features: { id?: string | number; geometry: { type: string; coordinates: unknown } | null }[];
  };
  const shapes: LonLat[][][] = [];
  for (const f of fc.features) {
    // Antarctica's outline wraps the whole width of the projection; news rarely needs it.
    if (f.id === "010") continue;
    if (f.geometry?.type === "Polygon") shapes.push(f.geometry.coordinates as LonLat[][]);
    if (f.geometry?.type === "MultiPolygon") shapes.push(...(f.geometry.coordinates as LonLat[][][]));
  }
  return { shapes, places: ((places as { default?: unknown }).default ?? places) as Record<string, LonLat> };
}

let geoOnce: Promise<Geo> | null = null;
let moreOnce: Promise<Record<string, LonLat>> | null = null;

async function loadMore(): Promise<Record<string, LonLat>> {
  const more = await import("../generated/places-more.json");
  return ((more as { default?: unknown }).default ?? more) as Record<string, LonLat>;
}

export function locate(e: DossierEntity, places: Record<string, LonLat>): LonLat | undefined {
  for (const n of [e.name, ...e.aliases]) {
    const at = places[n.toLocaleLowerCase()];
    if (at) return at;
  }
  return undefined;
}

export function PlacesMap({ dossier, open }: SectionProps) {
  const [geo, setGeo] = useState<Geo | null>(null);
  const placeEntities = dossier.entities.filter((e) => e.type === "place");
  useEffect(() => {
    geoOnce ??= loadGeo();
    geoOnce
      .then(async (g) => {
        setGeo(g);
        const wanted = dossier.entities.filter((e) => e.type === "place");
        if (wanted.every((e) => locate(e, g.places))) return;
        moreOnce ??= loadMore();
        const more = await moreOnce;
        setGeo({ ...g, places: { ...more, ...g.places } });
      })
      .catch(() => setGeo((g) => g ?? { shapes: [], places: {} }));
  }, [dossier]);
  const located = geo
    ? placeEntities.flatMap((e) => {
        const at = locate(e, geo.places);
        return at ? [{ e, at }] : [];
      })
    : [];
  const lons = located.map((p) => p.at[0]);
  const lats = located.map((p) => p.at[1]);
  // Zoom to the places with a margin; never closer than 30° across so the region stays readable.
  const span = Math.max(30, Math.max(...lons, -180) - Math.min(...lons, 180) + 20);
  const cx = located.length ? (Math.max(...lons) + Math.min(...lons)) / 2 : 0;
  const cy = located.length ? (Math.max(...lats) + Math.min(...lats)) / 2 : 10;
  const w = located.length ? span : 360;
  const h = w / 2;
  const view = `${cx - w / 2} ${-cy - h / 2} ${w} ${h}`;
  const path = (rings: LonLat[][]) =>
    rings.map((r) => `M${r.map(([x, y]) => `${x.toFixed(2)},${(-y).toFixed(2)}`).join("L")}Z`).join("");
  const r = w / 120;
  return html`<section id="sec-map" tabindex="-1" aria-labelledby="h-map">
    <h2 id="h-map">Map</h2>
    ${!geo && html`<p class="muted">Loading map…</p>`}
    ${
      geo &&
      html`<svg class="map" viewBox=${view} preserveAspectRatio="xMidYMid meet" role="group"
          aria-label=${`Map of ${located.length} places`}>
          <g class="land">${geo.shapes.map((s, i) => html`<path key=${i} d=${path(s)} />`)}</g>
          ${located.map(
            ({ e, at }) => html`<g key=${e.id} class="marker" role="button" tabindex="0"
              aria-label=${`${e.name}, ${e.mentions.length} mentions`}
              onClick=${() => e.mentions[0] && open({ ...e.mentions[0], label: e.name })}
              onKeyDown=${(ev: KeyboardEvent) => {
                if ((ev.key === "Enter" || ev.key === " ") && e.mentions[0]) {
                  ev.preventDefault();
                  open({ ...e.mentions[0], label: e.name });
                }
              }}>
              <circle cx=${at[0]} cy=${-at[1]} r=${r * (1 + Math.log2(1 + e.mentions.length) / 2)} />
              <text x=${at[0] + r * 1.6} y=${-at[1] + r * 0.6} font-size=${r * 2.4}>${e.name}</text>
            </g>`,
          )}
        </svg>
        <p class="muted">
          ${located.length} of ${placeEntities.length} places located${
            placeEntities.length > located.length
              ? `; not on the map: ${placeEntities
                  .filter((e) => !located.some((p) => p.e === e))
                  .map((e) => e.name)
                  .join(", ")}`
              : ""
          }
        </p>`
    }
  </section>`;
}
