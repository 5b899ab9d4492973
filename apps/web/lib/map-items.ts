import { type Location, localize, type Project } from '@dostyk/data';

/**
 * One thing drawn on the atlas: a point or a corridor, linked to its record when it has a page. A project's
 * items name only the project: the map links them to its page and names their sector itself, so a page with
 * a hundred points does not carry a hundred addresses and sector names in its props.
 */
export interface MapItem {
  /** The project this item belongs to: the map links it to the project's page; the projects page dims items its filter leaves out. */
  projectId?: string;
  name: string;
  sector: string;
  /** Shown after the name on hover and focus, e.g. the precision (otherwise the sector's label). */
  detail?: string;
  point?: [lon: number, lat: number];
  line?: [number, number][];
  precision?: 'exact' | 'settlement' | 'district' | 'region' | 'country';
}

/** Where a location is drawn: its corridor when it has one, else its point; nothing without coordinates. */
function geometryOf(loc: Location): Pick<MapItem, 'point' | 'line'> | undefined {
  if (loc.line && loc.line.length > 1) return { line: loc.line as [number, number][] };
  if (loc.lon !== undefined && loc.lat !== undefined) return { point: [loc.lon, loc.lat] };
  return undefined;
}

/** Map items of projects: one per located place (points and corridors), linked to the project page. */
export function projectMapItems(projects: Project[], locale: string): MapItem[] {
  return projects.flatMap((p) => {
    const name = localize(p.name, locale).text;
    return (p.places ?? []).flatMap((loc): MapItem[] => {
      const geometry = geometryOf(loc);
      return geometry
        ? [{ projectId: p.id, name, sector: p.sector, precision: loc.precision, ...geometry }]
        : [];
    });
  });
}

/** Map items of one record's own locations, each named in the page's language, with `detail` on hover. */
export function locationMapItems(
  locations: Location[],
  locale: string,
  sector: string,
  detail: (loc: Location) => string,
): MapItem[] {
  return locations.flatMap((loc): MapItem[] => {
    const geometry = geometryOf(loc);
    if (!geometry) return [];
    const name = localize(loc.name, locale).text;
    return [{ name, sector, precision: loc.precision, detail: detail(loc), ...geometry }];
  });
}
