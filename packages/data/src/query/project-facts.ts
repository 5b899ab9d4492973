import { MILESTONES, type Milestone } from '../constants.js';
import { yearOf } from '../dates.js';
import { convertUnit } from '../rules/units.js';
import type { Project } from '../schema/dataset.js';
import { canonicalRegion } from '../schema/regions.js';

/** The status a project has now: the claim with the latest `asOf` (the first claim when none is dated). */
export function currentStatus(project: Pick<Project, 'status'>): string {
  let best = project.status[0];
  for (const c of project.status) if ((c.asOf ?? '') > (best?.asOf ?? '')) best = c;
  return best?.value ?? 'unknown';
}

/** The first claimed date of each milestone the project has, in milestone order. */
export function milestoneDates(project: Pick<Project, 'dates'>): { milestone: Milestone; date: string }[] {
  const out: { milestone: Milestone; date: string }[] = [];
  for (const m of MILESTONES) {
    const date = project.dates?.[m]?.[0]?.value;
    if (date) out.push({ milestone: m, date });
  }
  return out;
}

/** Earliest and latest milestone dates. */
export function dateSpan(project: Pick<Project, 'dates'>): { first?: string; last?: string } {
  let first: string | undefined;
  let last: string | undefined;
  for (const { date } of milestoneDates(project)) {
    if (!first || date < first) first = date;
    if (!last || date > last) last = date;
  }
  return { first, last };
}

/** Years the project was active: [first milestone, last milestone], open-ended while it is not finished. */
export function activeYears(
  project: Pick<Project, 'dates' | 'status'>,
  thisYear: number,
): [number, number] | undefined {
  const { first, last } = dateSpan(project);
  if (!first || !last) return undefined;
  const status = currentStatus(project);
  const ongoing = status === 'under-construction' || status === 'operational' || status === 'planned';
  return [yearOf(first), ongoing ? Math.max(yearOf(last), thisYear) : yearOf(last)];
}

/** Canonical region codes of a project's places. */
export function regionsOf(project: Pick<Project, 'places'>): string[] {
  const out = new Set<string>();
  for (const p of project.places ?? []) {
    const code = p.region && canonicalRegion(p.region);
    if (code) out.add(code);
  }
  return [...out];
}

/** Organizations taking part (participants and lenders). */
export function participantsOf(project: Pick<Project, 'participants' | 'financing'>): string[] {
  const out = new Set<string>();
  for (const p of project.participants ?? []) out.add(p.org);
  for (const f of project.financing ?? []) if (f.org) out.add(f.org);
  return [...out];
}

/** First capacity claim (the `capacity` quantity), and its value in MW when it is a power unit (unit rules). */
export function capacityOf(
  project: Pick<Project, 'quantities'>,
): { value: number; unit: string; mw?: number } | undefined {
  const c = project.quantities?.capacity?.[0];
  if (!c) return undefined;
  const mw = convertUnit(c.value, c.unit, 'MW');
  return { value: c.value, unit: c.unit, ...(mw !== undefined ? { mw } : {}) };
}

/** Umbrella programmes and pledges are listed but never counted or summed (the counting rules' `inProjectCounts`). */
export const isCounted = (p: Pick<Project, 'umbrella' | 'pledge'>): boolean => !p.umbrella && !p.pledge;
