import { localize, type Project } from '@dostyk/data';
import type { MapItem } from '@/components/map/AtlasMap';

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
