import { currentStatus, isCounted } from '../query/project-facts.js';
import type { Project } from '../schema/dataset.js';

type Countable = Pick<Project, 'umbrella' | 'pledge' | 'status'>;

/**
 * Counting rules, behind every count and total:
 * - umbrella programmes and pledges are listed but never counted or summed (their components, or the
 *   projects that follow them, are records of their own);
 * - a cancelled project is counted (under its status) but its capacity and cost are not summed: nothing
 *   was built or spent as announced.
 */
export const inProjectCounts: (p: Pick<Project, 'umbrella' | 'pledge'>) => boolean = isCounted;

/** Whether a project's capacity and cost go into totals: counted, and not cancelled. */
export const inTotals = (p: Countable): boolean => inProjectCounts(p) && currentStatus(p) !== 'cancelled';

export interface ProjectCounts {
  /** Every project the list shows. */
  listed: number;
  /** Projects counted in counts by sector and status: listed minus umbrella programmes and pledges. */
  counted: number;
  umbrella: number;
  /** Pledges that are not also umbrella programmes. */
  pledge: number;
  /** Counted projects whose current status is cancelled: counted, left out of capacity and cost totals. */
  cancelled: number;
}

export function countProjects(projects: readonly Countable[]): ProjectCounts {
  const c: ProjectCounts = { listed: 0, counted: 0, umbrella: 0, pledge: 0, cancelled: 0 };
  for (const p of projects) {
    c.listed++;
    if (p.umbrella) c.umbrella++;
    else if (p.pledge) c.pledge++;
    else {
      c.counted++;
      if (currentStatus(p) === 'cancelled') c.cancelled++;
    }
  }
  return c;
}
