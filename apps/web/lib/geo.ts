import { type GeoProjection, geoConicEqualArea, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';

import { MAP_BOUNDS, MAP_HEIGHT, MAP_WIDTH } from './geo-frame';

export { MAP_BOUNDS, MAP_HEIGHT, MAP_WIDTH };

/** ISO 3166-1 numeric ids (world-atlas) of the countries that get a label, mapped to alpha-2. */
export const LABELLED_COUNTRIES: Record<string, { code: string; at: [number, number] }> = {
  '398': { code: 'KZ', at: [67.5, 48.3] },
  '156': { code: 'CN', at: [86, 40.2] },
  '643': { code: 'RU', at: [62, 54.8] },
  '417': { code: 'KG', at: [74.6, 41.6] },
  '860': { code: 'UZ', at: [62.5, 41.8] },
  '496': { code: 'MN', at: [93.5, 47.2] },
  '795': { code: 'TM', at: [58.3, 38.6] },
  '762': { code: 'TJ', at: [70.8, 38.7] },
};

export interface BaseCountry {
  id: string;
  code?: string;
  d: string;
}

export interface BaseMap {
  projection: GeoProjection;
  countries: BaseCountry[];
  /** Projected label anchors of the labelled countries, by alpha-2 code. */
  labels: { code: string; x: number; y: number }[];
}

let cached: BaseMap | undefined;

/** Projects the world atlas once per process; every map on every page reuses it. */
export function baseMap(): BaseMap {
  if (cached) return cached;
  const { west, east, south, north } = MAP_BOUNDS;
  const frame = {
    type: 'MultiPoint' as const,
    coordinates: [
      [west, south],
      [east, south],
      [west, north],
      [east, north],
      [(west + east) / 2, north],
      [(west + east) / 2, south],
    ],
  };
  const projection = geoConicEqualArea()
    .parallels([40, 52])
    .rotate([-71, 0])
    .fitExtent(
      [
        [0, 0],
        [MAP_WIDTH, MAP_HEIGHT],
      ],
      frame,
    )
    .clipExtent([
      [-2, -2],
      [MAP_WIDTH + 2, MAP_HEIGHT + 2],
    ]);
  const path = geoPath(projection).digits(1);
  const topology = countries50m as unknown as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
  const countries: BaseCountry[] = [];
  for (const f of fc.features) {
    const d = path(f);
    if (!d) continue;
    const id = String(f.id ?? '');
    const code = LABELLED_COUNTRIES[id]?.code;
    countries.push(code ? { id, code, d } : { id, d });
  }
  const labels = Object.values(LABELLED_COUNTRIES).flatMap(({ code, at }) => {
    const p = projection(at);
    return p ? [{ code, x: Math.round(p[0]), y: Math.round(p[1]) }] : [];
  });
  cached = { projection, countries, labels };
  return cached;
}

/** Projects a [lon, lat] into map pixels, or undefined when it falls outside the frame. */
export function project(lon: number, lat: number): [number, number] | undefined {
  const p = baseMap().projection([lon, lat]);
  if (!p) return undefined;
  const [x, y] = p;
  if (x < 0 || y < 0 || x > MAP_WIDTH || y > MAP_HEIGHT) return undefined;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** SVG path of a line (a corridor) in map pixels, clipped to the frame. */
export function linePath(coords: [number, number][]): string | undefined {
  const d = geoPath(baseMap().projection).digits(1)({ type: 'LineString', coordinates: coords });
  return d ?? undefined;
}
