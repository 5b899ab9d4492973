import type { Collection } from '../constants.js';
import { sortDates } from '../dates.js';
import type { Dataset } from '../schema/dataset.js';
import type { Appearances } from './types.js';

/**
 * Where an organization or a person appears: the projects an organization takes part in (each role with its
 * stake, and the money it put in), the agreements it or they signed, and the events they attended, dated,
 * oldest first. Built once per dataset and looked up by id.
 */
export function appearancesIndex(dataset: Dataset): (collection: Collection, id: string) => Appearances {
  const projects = new Map<string, Appearances['projects']>();
  const agreements = new Map<string, Appearances['agreements']>();
  const events = new Map<string, Appearances['events']>();
  const push = <T>(map: Map<string, T[]>, id: string, value: T) => {
    const list = map.get(id) ?? [];
    list.push(value);
    map.set(id, list);
  };

  for (const project of dataset.projects) {
    const byOrg = new Map<string, Appearances['projects'][number]>();
    const entry = (org: string) => {
      let e = byOrg.get(org);
      if (!e) {
        e = { project, roles: [], financing: [] };
        byOrg.set(org, e);
      }
      return e;
    };
    for (const p of project.participants ?? [])
      entry(p.org).roles.push(
        p.sharePct === undefined ? { role: p.role } : { role: p.role, sharePct: p.sharePct },
      );
    for (const f of project.financing ?? []) {
      if (!f.org) continue;
      const { org: _org, sources: _sources, note: _note, reportedBy: _by, ...money } = f;
      entry(f.org).financing.push(money);
    }
    for (const [org, e] of byOrg) push(projects, org, e);
  }

  const dateOf = (claims: { value: string }[] | undefined) => claims?.[0]?.value;
  for (const agreement of dataset.agreements) {
    const date = dateOf(agreement.signed);
    const seen = new Set<string>();
    for (const s of agreement.signatories ?? [])
      for (const id of [s.person, s.org])
        if (id && !seen.has(id)) {
          seen.add(id);
          push(agreements, id, { agreement, ...(date ? { date } : {}) });
        }
  }
  for (const event of dataset.events) {
    const date = dateOf(event.date);
    for (const id of new Set([...(event.participants ?? []), ...(event.organizations ?? [])]))
      push(events, id, { event, ...(date ? { date } : {}) });
  }

  const byDate = <T extends { date?: string }>(list: T[]) =>
    [...list].sort((a, b) => sortDates(a.date ?? '9999', b.date ?? '9999'));
  const byName = (list: Appearances['projects']) =>
    [...list].sort((a, b) => a.project.name.en.localeCompare(b.project.name.en));

  return (collection, id) => {
    if (collection !== 'organizations' && collection !== 'people')
      return { projects: [], agreements: [], events: [] };
    return {
      projects: collection === 'organizations' ? byName(projects.get(id) ?? []) : [],
      agreements: byDate(agreements.get(id) ?? []),
      events: byDate(events.get(id) ?? []),
    };
  };
}
