import { localize, type Project } from '@dostyk/data';

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

/** Map items of projects: one per located place (points and corridors), linked to the project page. */
export function projectMapItems(projects: Project[], locale: string): MapItem[] {
  return projects.flatMap((p) => {
    const name = localize(p.name, locale).text;
    return (p.places ?? []).flatMap((loc): MapItem[] => {
      const base = { projectId: p.id, name, sector: p.sector, precision: loc.precision };
      if (loc.line && loc.line.length > 1) return [{ ...base, line: loc.line as [number, number][] }];
      if (loc.lon !== undefined && loc.lat !== undefined) return [{ ...base, point: [loc.lon, loc.lat] }];
      return [];
    });
  });
}
