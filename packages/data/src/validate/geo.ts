import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** ISO 3166-1 alpha-2 to numeric, for the countries the dataset places things in. */
const NUMERIC: Record<string, string> = {
  KZ: '398',
  CN: '156',
  RU: '643',
  UZ: '860',
  KG: '417',
  TJ: '762',
  TM: '795',
  MN: '496',
  AZ: '031',
  GE: '268',
  TR: '792',
  IR: '364',
  AF: '004',
  PK: '586',
  BY: '112',
  PL: '616',
  DE: '276',
  NL: '528',
  FR: '250',
  IT: '380',
  ES: '724',
  GB: '826',
  UA: '804',
  BE: '056',
  HU: '348',
  CZ: '203',
  RO: '642',
  BG: '100',
  RS: '688',
  GR: '300',
};

let countries: Map<string, Feature<Geometry>> | undefined;

async function load(): Promise<Map<string, Feature<Geometry>>> {
  if (countries) return countries;
  // Natural Earth 1:10m via world-atlas: fine enough for points near the Khorgos and Dostyk crossings.
  // A specifier in a variable keeps TypeScript from parsing and typing the 3.6 MB file on every compile.
  const specifier = 'world-atlas/countries-10m.json';
  const mod = (await import(specifier, { with: { type: 'json' } })) as { default: unknown };
  const topo = mod.default as unknown as Topology<{ countries: GeometryCollection }>;
  const fc = feature(topo, topo.objects.countries);
  countries = new Map(fc.features.map((f) => [String(f.id), f as Feature<Geometry>]));
  return countries;
}

const boxes = new WeakMap<Feature<Geometry>, [[number, number], [number, number]]>();
/** A margin around bounding boxes, in degrees: much wider than the border tolerance. */
const BOX_MARGIN = 1;

/** Whether a point lies well outside the feature's bounding box (longitude only when the box allows). */
function outsideBox(f: Feature<Geometry>, lon: number, lat: number, dLon: number): boolean {
  let box = boxes.get(f);
  if (!box) {
    box = geoBounds(f);
    boxes.set(f, box);
  }
  const [[west, south], [east, north]] = box;
  if (lat < south - BOX_MARGIN || lat > north + BOX_MARGIN) return true;
  // A box across the antimeridian (west > east), or a tolerance ring wider than the margin: latitude only.
  if (west > east || dLon >= BOX_MARGIN) return false;
  return lon < west - BOX_MARGIN || lon > east + BOX_MARGIN;
}

/** Natural Earth 1:10m puts borders a few km off at the crossings; points this close to a border pass. */
export const BORDER_TOLERANCE_KM = 5;

/**
 * Whether [lon, lat] lies in the country (or within BORDER_TOLERANCE_KM of it), or `undefined` when the
 * country's outline is not known here.
 */
export async function countryContains(
  country: string,
  lon: number,
  lat: number,
): Promise<boolean | undefined> {
  const numeric = NUMERIC[country];
  if (!numeric) return undefined;
  const f = (await load()).get(numeric);
  if (!f) return undefined;
  const dLat = BORDER_TOLERANCE_KM / 111.32;
  const dLon = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01);
  // Far outside the country's bounding box: no need for 17 costly polygon tests (a line's vertex in
  // China is checked against Kazakhstan too).
  if (outsideBox(f, lon, lat, dLon)) return false;
  if (geoContains(f, [lon, lat])) return true;
  // Probe a ring of points at the tolerance distance: one inside means the point sits on the border line.
  for (let k = 0; k < 16; k++) {
    const a = (k * Math.PI) / 8;
    if (geoContains(f, [lon + dLon * Math.cos(a), lat + dLat * Math.sin(a)])) return true;
  }
  return false;
}
