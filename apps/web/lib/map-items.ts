import { localize, type Project } from '@dostyk/data';

/** One thing drawn on the atlas: a point or a corridor, linked to its record when it has a page. */
export interface MapItem {
  /** Unique within the map. */
  key: string;
  /** The project this item belongs to: the projects page dims items its filter leaves out. */
  projectId?: string;
  name: string;
  href?: string;
  sector: string;
  /** Shown after the name on hover and focus, e.g. the sector or the precision. */
  detail?: string;
  point?: [lon: number, lat: number];
  line?: [number, number][];
  precision?: 'exact' | 'settlement' | 'district' | 'region' | 'country';
}

/** Map items of projects: one per located place (points and corridors), linked to the project page. */
export function projectMapItems(
  projects: Project[],
  locale: string,
  sectorLabels: Record<string, string>,
): MapItem[] {
  return projects.flatMap((p) => {
    const name = localize(p.name, locale).text;
    return (p.places ?? []).flatMap((loc, i): MapItem[] => {
      const base = {
        key: `${p.id}-${i}`,
        projectId: p.id,
        name,
        href: `/${locale}/projects/${p.id}`,
        sector: p.sector,
        detail: sectorLabels[p.sector] ?? p.sector,
        precision: loc.precision,
      };
      if (loc.line && loc.line.length > 1) return [{ ...base, line: loc.line as [number, number][] }];
      if (loc.lon !== undefined && loc.lat !== undefined) return [{ ...base, point: [loc.lon, loc.lat] }];
      return [];
    });
  });
}
