import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  EVENT_KINDS,
  FINANCING_KINDS,
  FRAMEWORK_KINDS,
  INDICATOR_TOPICS,
  KIND_OF,
  LOCALES,
  MILESTONES,
  ORG_KINDS,
  PLACE_KINDS,
  PRECISIONS,
  ROLES,
  SECTORS,
  SOURCE_KINDS,
  STATUSES,
  UNITS,
} from '../src/constants.js';
import {
  COUNTS,
  countLabel,
  icuPlural,
  LABEL_GROUPS,
  LABELS,
  label,
  labelsOf,
  pluralCategory,
} from '../src/labels/index.js';
import type { Dataset } from '../src/schema/dataset.js';

const dataset = JSON.parse(readFileSync(new URL('../dist/dataset.json', import.meta.url), 'utf8')) as Dataset;

describe('the label catalogue', () => {
  it('has every key in every language, never empty', () => {
    const missing: string[] = [];
    for (const group of LABEL_GROUPS)
      for (const [key, l] of Object.entries(LABELS[group]))
        for (const lang of LOCALES)
          if (typeof l[lang] !== 'string' || !l[lang].trim()) missing.push(`${group}.${key}.${lang}`);
    for (const [noun, phrase] of Object.entries(COUNTS))
      for (const lang of LOCALES) {
        const forms = phrase[lang];
        if (!forms?.other?.includes('#')) missing.push(`counts.${noun}.${lang}`);
        // Every plural category the language has must have its form.
        for (const category of new Intl.PluralRules(lang).resolvedOptions().pluralCategories)
          if (!forms?.[category]?.includes('#')) missing.push(`counts.${noun}.${lang}.${category}`);
      }
    expect(missing).toEqual([]);
  });

  it('labels every value of the model’s closed lists', () => {
    const lists: [keyof typeof LABELS, readonly string[]][] = [
      ['sectors', SECTORS],
      ['statuses', STATUSES],
      ['roles', ROLES],
      ['milestones', MILESTONES],
      ['kinds', Object.values(KIND_OF)],
      ['collections', Object.keys(KIND_OF)],
      ['units', UNITS],
      ['precisions', PRECISIONS],
      ['eventKinds', EVENT_KINDS],
      ['agreementKinds', AGREEMENT_KINDS],
      ['agreementStatuses', AGREEMENT_STATUSES],
      ['organizationKinds', ORG_KINDS],
      ['frameworkKinds', FRAMEWORK_KINDS],
      ['placeKinds', PLACE_KINDS],
      ['topics', INDICATOR_TOPICS],
      ['financingKinds', FINANCING_KINDS],
      ['sourceKinds', SOURCE_KINDS],
    ];
    for (const [group, values] of lists)
      expect(Object.keys(LABELS[group]).sort(), group).toEqual([...values].sort());
  });

  it('labels every subsector and quantity the records use', () => {
    const subsectors = new Set<string>();
    const quantities = new Set<string>();
    for (const p of dataset.projects) {
      if (p.subsector) subsectors.add(p.subsector);
      for (const k of Object.keys(p.quantities ?? {})) quantities.add(k);
    }
    // A new value in the records needs its five labels in packages/data/src/labels/.
    expect([...subsectors].filter((s) => !Object.hasOwn(LABELS.subsectors, s))).toEqual([]);
    expect([...quantities].filter((q) => !Object.hasOwn(LABELS.quantities, q))).toEqual([]);
  });

  it('gives the label in the asked language, plain words for a key it lacks', () => {
    expect(label('sectors', 'aerospace', 'ru')).toBe('Авиация и космос');
    expect(label('subsectors', 'wind', 'zh')).toBe('风电');
    expect(label('statuses', 'under-construction', 'kk-KZ')).toBe('Салынып жатыр');
    expect(label('subsectors', 'not-a-subsector', 'ru')).toBe('not a subsector');
    expect(label('quantities', 'capacity', 'xx')).toBe('Capacity');
    expect(labelsOf('kinds', 'it').project).toBe('Progetto');
  });

  it('counts with each language’s plural rules', () => {
    expect(countLabel('projects', 122, 'ru')).toBe('122 проекта');
    expect(countLabel('projects', 125, 'ru')).toBe('125 проектов');
    expect(countLabel('projects', 121, 'ru')).toBe('121 проект');
    expect(countLabel('projects', 122, 'kk')).toBe('122 жоба');
    expect(countLabel('projects', 1, 'en')).toBe('1 project');
    expect(countLabel('projects', 122, 'en')).toBe('122 projects');
    expect(countLabel('projects', 122, 'zh')).toBe('122 个项目');
    expect(countLabel('people', 2, 'ru')).toBe('2 человека');
    expect(countLabel('sources', 1123, 'it')).toBe('1123 fonti');
    expect(countLabel('projects', 1_000_000, 'it')).toBe('1.000.000 di progetti');
    expect(pluralCategory(1.5, 'ru')).toBe('other');
    expect(countLabel('records', 5, 'ru', 'пять')).toBe('пять записей');
    expect(icuPlural(COUNTS.projects.kk)).toBe('{count, plural, one {# жоба} other {# жоба}}');
  });
});
