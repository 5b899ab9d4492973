import type { Collection } from '../constants.js';
import { englishText } from '../localize.js';
import { currentStatus } from '../query/project-facts.js';
import { titleOf } from '../query/search.js';
import type { AnyRecord, Dataset } from '../schema/dataset.js';
import type { Location } from '../schema/place.js';

/** RFC 7946 shapes, declared here so consumers need no GeoJSON typings. */
export type Position = [lon: number, lat: number];
export type PointGeometry = { type: 'Point'; coordinates: Position };
export type LineGeometry = { type: 'LineString'; coordinates: Position[] };

export interface PlaceProperties {
  /** The record the location belongs to. */
  id: string;
  collection: Collection;
  /** English name of the record. */
  title: string;
  /** What the location is, e.g. "near Zhanatas town". */
  location: string;
  /** The place record it refers to, if any. */
  place?: string;
  /** Set when the coordinates were taken from that place record. */
  coordinatesFrom?: string;
  country: string;
  countries?: string[];
  region?: string;
  precision: Location['precision'];
  /** Index of the location in the record's `places`. */
  index: number;
  sector?: string;
  subsector?: string;
  status?: string;
  umbrella?: boolean;
  pledge?: boolean;
}

export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: PointGeometry | LineGeometry | null;
  properties: PlaceProperties;
}

export interface PlaceCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
}

const LOCATED: Collection[] = ['projects', 'events', 'agreements', 'places'];

function locationsOf(collection: Collection, record: AnyRecord): Location[] {
  if (collection === 'places') return [(record as Dataset['places'][number]).location];
  return ((record as { places?: Location[] }).places ?? []) as Location[];
}

/**
 * Every location in the dataset as a GeoJSON FeatureCollection: project places, place records, event and
 * agreement places. Points become `Point`, corridors `LineString` (a location with both gives two
 * features); a location that names a place record without its own coordinates takes that place's; one
 * known nowhere has `geometry: null`, so the list stays complete.
 */
export function toGeoJson(dataset: Dataset): PlaceCollection {
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));
  const features: PlaceFeature[] = [];
  for (const collection of LOCATED) {
    for (const record of dataset[collection]) {
      locationsOf(collection, record).forEach((loc, index) => {
        const base: PlaceProperties = {
          id: record.id,
          collection,
          title: titleOf(record).en,
          location: englishText(loc.name),
          country: loc.country,
          precision: loc.precision,
          index,
          ...(loc.place ? { place: loc.place } : {}),
          ...(loc.countries ? { countries: loc.countries } : {}),
          ...(loc.region ? { region: loc.region } : {}),
        };
        if (collection === 'projects') {
          const p = record as Dataset['projects'][number];
          Object.assign(base, {
            sector: p.sector,
            status: currentStatus(p),
            ...(p.subsector ? { subsector: p.subsector } : {}),
            ...(p.umbrella ? { umbrella: true } : {}),
            ...(p.pledge ? { pledge: true } : {}),
          });
        }
        const fid = `${collection}/${record.id}/${index}`;
        let point: Position | undefined =
          loc.lon !== undefined && loc.lat !== undefined ? [loc.lon, loc.lat] : undefined;
        let line = loc.line as Position[] | undefined;
        const props = { ...base };
        if (!point && !line && loc.place) {
          const target = placeById.get(loc.place)?.location;
          if (target?.lon !== undefined && target.lat !== undefined) point = [target.lon, target.lat];
          line = target?.line as Position[] | undefined;
          if (point || line) props.coordinatesFrom = loc.place;
        }
        if (point)
          features.push({
            type: 'Feature',
            id: fid,
            geometry: { type: 'Point', coordinates: point },
            properties: props,
          });
        if (line) {
          features.push({
            type: 'Feature',
            id: point ? `${fid}/line` : fid,
            geometry: { type: 'LineString', coordinates: line },
            properties: props,
          });
        }
        if (!point && !line) features.push({ type: 'Feature', id: fid, geometry: null, properties: props });
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
