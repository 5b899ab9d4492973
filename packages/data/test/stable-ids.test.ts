/**
 * Stable ids: every id of the previous release (`released-ids.json`, written by
 * `scripts/snapshot-ids.ts`) must still name a record, as its id or as one of its `formerIds`, so that
 * links, bookmarks and notebooks that stored it keep working.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type Collection } from '../src/constants.js';
import type { Dataset } from '../src/schema/dataset.js';

interface ReleasedIds {
  version: string;
  ids: Partial<Record<Collection, string[]>>;
}

const released = JSON.parse(
  readFileSync(new URL('./released-ids.json', import.meta.url), 'utf8'),
) as ReleasedIds;
const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;

/** Released ids that are neither a current id nor kept in any record's `formerIds`. */
function vanishedIds(previous: ReleasedIds, current: Dataset): { collection: Collection; id: string }[] {
  const known = new Set<string>();
  for (const c of COLLECTIONS) {
    for (const r of current[c]) {
      known.add(r.id);
      for (const f of (r as { formerIds?: string[] }).formerIds ?? []) known.add(f);
    }
  }
  return COLLECTIONS.flatMap((collection) =>
    (previous.ids[collection] ?? []).filter((id) => !known.has(id)).map((id) => ({ collection, id })),
  );
}

/** Throws, naming every vanished id, when the dataset breaks an id of the previous release. */
function assertStableIds(previous: ReleasedIds, current: Dataset): void {
  const vanished = vanishedIds(previous, current);
  if (vanished.length === 0) return;
  const list = vanished.map((v) => `${v.collection}/${v.id}`).join(', ');
  throw new Error(
    `${vanished.length} id(s) of release ${previous.version} vanished: ${list}. ` +
      'Keep each in the `formerIds` of the record that replaced it (or restore the record).',
  );
}

describe('stable ids', () => {
  it('holds the ids of a previous release', () => {
    const count = Object.values(released.ids).reduce((n, list) => n + (list?.length ?? 0), 0);
    expect(count).toBeGreaterThan(0);
    expect(released.ids.projects).toContain('zhanatas-wind-farm');
  });

  it('keeps every released id, as a record id or in a record’s formerIds', () => {
    expect(() => assertStableIds(released, dataset)).not.toThrow();
  });

  it('fires, naming the id, when a released record disappears without an alias', () => {
    // A fixture release: one record dropped, one renamed with its old id kept, one renamed without.
    const releasedProjects = new Set(released.ids.projects);
    const [dropped, renamed, careless] = dataset.projects.filter((p) => releasedProjects.has(p.id));
    if (!dropped || !renamed || !careless) throw new Error('the fixture needs three released projects');
    const next: Dataset = {
      ...dataset,
      projects: [
        { ...renamed, id: `${renamed.id}-renamed`, formerIds: [...(renamed.formerIds ?? []), renamed.id] },
        { ...careless, id: `${careless.id}-moved` },
        ...dataset.projects.filter((p) => ![dropped, renamed, careless].includes(p)),
      ],
    };
    const vanished = vanishedIds(released, next);
    expect(vanished).toHaveLength(2);
    expect(vanished).toEqual(
      expect.arrayContaining([
        { collection: 'projects', id: dropped.id },
        { collection: 'projects', id: careless.id },
      ]),
    );
    expect(() => assertStableIds(released, next)).toThrow(`projects/${dropped.id}`);
    expect(() => assertStableIds(released, next)).toThrow(`projects/${careless.id}`);
    expect(() => assertStableIds(released, next)).not.toThrow(`projects/${renamed.id}`);
  });

  it('accepts a record that moved to another collection under the same id', () => {
    const moved = dataset.projects.find((p) => released.ids.projects?.includes(p.id));
    if (!moved) throw new Error('the fixture needs a released project');
    const next = {
      ...dataset,
      projects: dataset.projects.filter((p) => p !== moved),
      events: [...dataset.events, moved as unknown as Dataset['events'][number]],
    };
    expect(vanishedIds(released, next)).toEqual([]);
  });
});
