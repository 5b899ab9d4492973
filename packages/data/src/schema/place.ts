import { z } from 'zod';
import { PLACE_KINDS, PRECISIONS } from '../constants.js';
import { recordCommon } from './common.js';
import { Country, Id, Localized, SourceRefs, Text } from './primitives.js';
import { REGIONS } from './regions.js';

export { PLACE_KINDS, PRECISIONS } from '../constants.js';

/** How exactly a location is known: the exact site, a town, a district, a region or only the country. */
export const Precision = z.enum(PRECISIONS).describe('How precisely the location is known');
export type Precision = z.infer<typeof Precision>;

export const RegionCode = z
  .string()
  // Own keys only: `'toString' in REGIONS` is true.
  .refine(
    (c) => Object.hasOwn(REGIONS, c),
    'unknown ISO 3166-2 region code (Kazakhstan: KZ-10 … KZ-79, China: CN-XJ …)',
  )
  .describe('ISO 3166-2 subdivision code');

export const Lon = z.number().min(-180).max(180);
export const Lat = z.number().min(-90).max(90);
export const Coordinate = z.tuple([Lon, Lat]).describe('[longitude, latitude] in decimal degrees');

/**
 * Where a record happens: a point (lon/lat) or a line (corridors, pipelines, roads), with its precision.
 * Coordinates are checked to fall inside `country` (or, for lines, inside one of `countries`).
 */
export const Location = z
  .strictObject({
    name: z
      .union([Text, Localized])
      .describe(
        'What the location is (e.g. "near Zhanatas town"): English text, or localized text in several languages',
      ),
    place: Id.optional().describe('A place record this location refers to'),
    country: Country.describe('Country the location is in (the first country of a line)'),
    countries: z.array(Country).optional().describe('Every country a line crosses'),
    region: RegionCode.optional(),
    lon: Lon.optional(),
    lat: Lat.optional(),
    line: z.array(Coordinate).min(2).optional().describe('Vertices of a corridor, in order'),
    precision: Precision,
    sources: SourceRefs,
  })
  .refine((l) => (l.lon === undefined) === (l.lat === undefined), 'give both lon and lat, or neither');
export type Location = z.infer<typeof Location>;

/** A named place that other records point at (cities, border crossings, ports, zones). */
export const PlaceFile = z.strictObject({
  name: Localized,
  kind: z.enum(PLACE_KINDS),
  summary: Localized,
  location: Location,
  ...recordCommon,
});
