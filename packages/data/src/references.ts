import type { Collection } from './constants.js';

/** One link from a record to another record, with the field path it sits at. */
export interface Reference {
  path: (string | number)[];
  collection: Collection | 'levels';
  id: string;
}

type Rec = Record<string, unknown>;
const list = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const arr = (v: unknown): Rec[] => (Array.isArray(v) ? (v as Rec[]) : []);

/** Fields holding an id list or a single id, per collection, and the collection they point at. */
const FIELDS: Partial<Record<Collection, [field: string, target: Collection | 'levels'][]>> = {
  projects: [
    ['areas', 'areas'],
    ['frameworks', 'frameworks'],
    ['events', 'events'],
    ['agreements', 'agreements'],
    ['related', 'projects'],
    ['partOf', 'projects'],
  ],
  events: [
    ['participants', 'people'],
    ['organizations', 'organizations'],
    ['agreements', 'agreements'],
    ['projects', 'projects'],
    ['frameworks', 'frameworks'],
    ['areas', 'areas'],
    ['partnershipLevel', 'levels'],
  ],
  agreements: [
    ['event', 'events'],
    ['projects', 'projects'],
    ['frameworks', 'frameworks'],
    ['areas', 'areas'],
  ],
  organizations: [['parent', 'organizations']],
  frameworks: [
    ['organization', 'organizations'],
    ['parent', 'frameworks'],
  ],
  areas: [['frameworks', 'frameworks']],
  relationships: [['frameworks', 'frameworks']],
};

/** Every reference a record makes to other records (the build checks them; the query API inverts them). */
export function referencesOf(collection: Collection, record: Rec): Reference[] {
  const out: Reference[] = [];
  for (const [field, target] of FIELDS[collection] ?? []) {
    const v = record[field];
    if (typeof v === 'string') out.push({ path: [field], collection: target, id: v });
    else list(v).forEach((id, i) => out.push({ path: [field, i], collection: target, id }));
  }
  arr(record.places).forEach((p, i) => {
    if (typeof p.place === 'string')
      out.push({ path: ['places', i, 'place'], collection: 'places', id: p.place });
  });
  if (collection === 'places') {
    const loc = record.location as Rec | undefined;
    if (typeof loc?.place === 'string')
      out.push({ path: ['location', 'place'], collection: 'places', id: loc.place });
  }
  if (collection === 'projects') {
    arr(record.participants).forEach((p, i) =>
      out.push({ path: ['participants', i, 'org'], collection: 'organizations', id: String(p.org) }),
    );
    arr(record.financing).forEach((f, i) => {
      if (typeof f.org === 'string')
        out.push({ path: ['financing', i, 'org'], collection: 'organizations', id: f.org });
    });
  }
  if (collection === 'agreements') {
    arr(record.signatories).forEach((s, i) => {
      if (typeof s.person === 'string')
        out.push({ path: ['signatories', i, 'person'], collection: 'people', id: s.person });
      if (typeof s.org === 'string')
        out.push({ path: ['signatories', i, 'org'], collection: 'organizations', id: s.org });
    });
  }
  if (collection === 'people') {
    arr(record.roles).forEach((r, i) => {
      if (typeof r.org === 'string')
        out.push({ path: ['roles', i, 'org'], collection: 'organizations', id: r.org });
    });
  }
  if (collection === 'indicators') {
    arr(record.series).forEach((s, i) => {
      if (typeof s.reporterOrg === 'string')
        out.push({ path: ['series', i, 'reporterOrg'], collection: 'organizations', id: s.reporterOrg });
    });
    arr(record.targets).forEach((t, i) => {
      if (typeof t.announcedBy === 'string')
        out.push({ path: ['targets', i, 'announcedBy'], collection: 'people', id: t.announcedBy });
    });
  }
  if (collection === 'frameworks') {
    arr(record.lists).forEach((edition, i) =>
      arr(edition.items).forEach((item, j) => {
        if (typeof item.project === 'string')
          out.push({ path: ['lists', i, 'items', j, 'project'], collection: 'projects', id: item.project });
      }),
    );
  }
  if (collection === 'relationships') {
    arr(record.levels).forEach((l, i) => {
      if (typeof l.event === 'string')
        out.push({ path: ['levels', i, 'event'], collection: 'events', id: l.event });
      if (typeof l.agreement === 'string')
        out.push({ path: ['levels', i, 'agreement'], collection: 'agreements', id: l.agreement });
    });
  }
  return out;
}
