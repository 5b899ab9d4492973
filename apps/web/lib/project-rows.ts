import { activeYears, currentStatus, localize, type Project, regionsOf } from '@dostyk/data';

/** What one line of the project list shows, computed the same way on the server and in the browser. */
export interface ProjectRow {
  id: string;
  name: string;
  nameLang: string;
  fallback: boolean;
  sector: string;
  subsector?: string;
  status: string;
  regions: string[];
  years?: [number, number];
  seed: boolean;
  flag?: 'umbrella' | 'pledge';
}

/** The labels a project row and the facet filters show, as plain strings for client components. */
export interface RowLabels {
  sectors: Record<string, string>;
  subsectors: Record<string, string>;
  statuses: Record<string, string>;
  regions: Record<string, string>;
  fallbackMark: string;
  fallbackTitle: string;
  seed: string;
  umbrella: string;
  pledge: string;
  sector: string;
  status: string;
  region: string;
  years: string;
}

export function toRow(p: Project, locale: string, thisYear: number): ProjectRow {
  const name = localize(p.name, locale);
  const years = activeYears(p, thisYear);
  return {
    id: p.id,
    name: name.text,
    nameLang: name.lang,
    fallback: name.fallback,
    sector: p.sector,
    ...(p.subsector ? { subsector: p.subsector } : {}),
    status: currentStatus(p),
    regions: regionsOf(p),
    ...(years ? { years } : {}),
    seed: Boolean(p.namedInSeed),
    ...(p.umbrella ? { flag: 'umbrella' as const } : p.pledge ? { flag: 'pledge' as const } : {}),
  };
}
