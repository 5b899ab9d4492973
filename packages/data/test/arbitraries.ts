/**
 * fast-check arbitraries of VALID Dostyk records, derived from the constraints of the Zod schemas in
 * `src/schema/`: kebab-case ids, partial dates in a sensible order, localized text, claims that cite
 * sources the record declares, places with coordinates inside their country, references to records that
 * exist. `validRecordSet()` assembles every kind into one consistent set of record files;
 * `toYamlInputs` writes them as the validator reads them and `expectedDataset` is what the build must
 * make of them.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import {
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  COLLECTIONS,
  type Collection,
  EVENT_KINDS,
  FINANCING_KINDS,
  FRAMEWORK_KINDS,
  INDICATOR_TOPICS,
  LOCALES,
  MILESTONES,
  ORG_KINDS,
  PLACE_KINDS,
  PRECISIONS,
  ROLES,
  SECTORS,
  SOURCE_KINDS,
  type SourceKind,
  STATUSES,
  UNITS,
} from '../src/constants.js';
import type { Dataset } from '../src/schema/dataset.js';
import { UNSAFE_CHARS } from '../src/schema/primitives.js';
import { CN_REGIONS, KZ_REGIONS } from '../src/schema/regions.js';
import { sourceId } from '../src/validate/source-id.js';

type Obj = Record<string, unknown>;

/**
 * One seed for every property, so a failure reproduces; `DOSTYK_FC_SEED` explores other inputs and
 * `DOSTYK_FC_RUNS` multiplies the run counts for a long local session.
 */
export function configureFastCheck(): void {
  const seed = Number(process.env.DOSTYK_FC_SEED ?? 20240703);
  fc.configureGlobal({ seed });
}
/** A run count scaled by `DOSTYK_FC_RUNS` (default 1). */
export const runs = (n: number): number =>
  Math.max(1, Math.round(n * Number(process.env.DOSTYK_FC_RUNS ?? 1)));

// --- text ---------------------------------------------------------------------------------------

const UNSAFE_ALL = new RegExp(UNSAFE_CHARS.source, 'g');
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Pieces that break naive CSV writers, YAML emitters, spreadsheets and search indexes. */
export const TRICKY = [
  ',',
  '"',
  '""',
  "'",
  '\n',
  '\t',
  ' ',
  ';',
  '=',
  '+',
  '-',
  '@',
  "'=",
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://x")',
  '#',
  ': ',
  '- ',
  '? ',
  '{',
  '}',
  '[',
  ']',
  '&a',
  '*a',
  '!',
  '|',
  '>',
  '%',
  '`',
  '\\',
  '\\n',
  'null',
  'true',
  '~',
  '2019',
  '0x1F',
  '1e3',
  '.inf',
  '📍',
  '👩🏽‍🚀',
  '🇰🇿',
  'حدود',
  'שלום',
  'e\u0301',
  'a\u0308\u0304\u0301',
  '中国',
  '扎纳塔斯风电场',
  'Қазақстан',
  'Жаңаөзен',
  '\u2028',
  '\u00A0',
  '\u200B',
  '\uFEFF',
  '<script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax as plain text is the point
  '${x}',
  '(a+)+$',
];

/** Valid free text (`Text`): not blank, no control, escape or bidi characters, well-formed Unicode. */
export const text: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) },
      { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((pieces) =>
    pieces
      .join('')
      .replace(UNSAFE_ALL, '')
      .replace(LONE_SURROGATES, '')
      .replace(/\uFFFD/g, ''),
  )
  .filter((s) => /\S/.test(s));

export const localized: fc.Arbitrary<Obj> = fc.record(
  Object.fromEntries(LOCALES.map((l) => [l, text])) as Record<(typeof LOCALES)[number], fc.Arbitrary<string>>,
  { requiredKeys: ['en'] },
);

// --- ids, dates, codes ----------------------------------------------------------------------------

export const id: fc.Arbitrary<string> = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 4 })
  .map((segments) => segments.join('-'));

const sourceKey = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,8}$/);

/** `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD` (29 February only in leap years). */
export const partialDate: fc.Arbitrary<string> = fc
  .tuple(
    fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom(4, 7, 10),
  )
  .map(([d, n]) => d.toISOString().slice(0, n));

/** `n` partial dates in order (string order is the order `compareDates` checks). */
const sortedDates = (n: number) =>
  fc.array(partialDate, { minLength: n, maxLength: n }).map((ds) => ds.sort());

const country = fc.stringMatching(/^[A-Z]{2}$/);
const currency = fc.stringMatching(/^[A-Z]{3}$/);

/** Finite numbers without -0 (JSON writes -0 as 0). */
const finiteNumber = fc
  .oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true }))
  .map((x) => x + 0);
const amount = fc
  .oneof(fc.integer({ min: 0, max: 1e13 }), fc.double({ min: 0, max: 1e13, noNaN: true }))
  .map((x) => x + 0);

const TRICKY_URLS = [
  'https://example.org/a,b"c',
  "https://example.org/?q='=1'&r=@x",
  'https://例え.jp/パス?名前=値#片',
  'http://xn--80ak6aa92e.com/',
  'https://example.org/%E2%80%AE',
  'http://example.org:8080/-+=@;',
];
export const httpUrl: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
  fc.constantFrom(...TRICKY_URLS),
);

// --- places ------------------------------------------------------------------------------------

/** Points well inside each country (the validator checks coordinates against Natural Earth outlines). */
const INTERIOR: Record<'KZ' | 'CN', [number, number][]> = {
  KZ: [
    [71.45, 51.15],
    [73.1, 49.8],
    [67.7, 47.8],
    [75.0, 46.85],
    [62.0, 50.0],
  ],
  CN: [
    [103.8, 36.05],
    [108.95, 34.27],
    [114.3, 30.6],
    [87.6, 43.8],
    [112.5, 37.8],
  ],
};
const REGION_CODES = { KZ: Object.keys(KZ_REGIONS), CN: Object.keys(CN_REGIONS) };
const jitter = fc.integer({ min: -300, max: 300 }).map((i) => i / 1000);
const point = (c: 'KZ' | 'CN') =>
  fc
    .tuple(fc.constantFrom(...INTERIOR[c]), jitter, jitter)
    .map(([[lon, lat], dx, dy]) => [Math.round((lon + dx) * 1e4) / 1e4, Math.round((lat + dy) * 1e4) / 1e4]);

// --- records -----------------------------------------------------------------------------------

/** What a record generator needs: the ids it may point at and the source keys it may cite. */
export interface Context {
  ids: Record<Collection, string[]>;
  levels: string[];
  cite: fc.Arbitrary<string[]>;
}

const ref = (pool: string[]) => fc.constantFrom(...pool);
/** 1 to `max` distinct elements of a list, in list order. */
const pick = <T>(pool: T[], max: number) =>
  fc.subarray(pool, { minLength: 1, maxLength: Math.min(max, pool.length) });
const refs = (pool: string[]) => pick(pool, 3);
const some = <T>(arb: fc.Arbitrary<T>, max = 3) => fc.array(arb, { minLength: 1, maxLength: max });

const claimsOf = <T>(value: fc.Arbitrary<T>, ctx: Context) =>
  some(
    fc.record(
      { value, sources: ctx.cite, reportedBy: text, asOf: partialDate, note: text },
      { requiredKeys: ['value', 'sources'] },
    ),
  );
/** A list of dated claims whose first (checked) date is `first`. */
const datedClaims = (first: string, ctx: Context) =>
  claimsOf(partialDate, ctx).map(([head, ...rest]) => [{ ...head, value: first }, ...rest]);

const statement = (ctx: Context) =>
  fc.record({ text: localized, sources: ctx.cite, asOf: partialDate }, { requiredKeys: ['text', 'sources'] });

/** A location: a point or a line inside KZ or CN, or a location known only by country. */
const location = (ctx: Context) =>
  fc.oneof(
    fc.constantFrom('KZ' as const, 'CN' as const).chain((c) =>
      fc
        .record(
          {
            name: text,
            place: ref(ctx.ids.places),
            country: fc.constant(c),
            countries: fc.constant(['KZ', 'CN']),
            region: fc.constantFrom(...REGION_CODES[c]),
            point: point(c),
            line: fc.array(point(c), { minLength: 2, maxLength: 4 }),
            precision: fc.constantFrom(...PRECISIONS),
            sources: ctx.cite,
          },
          { requiredKeys: ['name', 'country', 'precision', 'sources'] },
        )
        .map(({ point: p, ...loc }) => (p ? { ...loc, lon: p[0], lat: p[1] } : loc)),
    ),
    fc.record(
      { name: text, country, precision: fc.constantFrom(...PRECISIONS), sources: ctx.cite },
      { requiredKeys: ['name', 'country', 'precision', 'sources'] },
    ),
  );

/** Project milestones: any subset, their first claims in order (suspended and cancelled come last). */
const projectDates = (ctx: Context) =>
  fc.subarray([...MILESTONES], { minLength: 1 }).chain((ms) =>
    sortedDates(ms.length)
      .chain((dates) => fc.tuple(...ms.map((_, i) => datedClaims(dates[i] as string, ctx))))
      .map((lists) => Object.fromEntries(ms.map((m, i) => [m, lists[i]]))),
  );

const quantityClaims = (ctx: Context) =>
  some(
    fc.record(
      {
        value: finiteNumber,
        unit: fc.constantFrom(...UNITS),
        sources: ctx.cite,
        reportedBy: text,
        asOf: partialDate,
        note: text,
      },
      { requiredKeys: ['value', 'unit', 'sources'] },
    ),
  );

const moneyClaim = (ctx: Context) =>
  fc.record(
    {
      amount,
      currency,
      year: fc.integer({ min: 1990, max: 2100 }),
      sources: ctx.cite,
      reportedBy: text,
      asOf: partialDate,
      note: text,
    },
    { requiredKeys: ['amount', 'currency', 'sources'] },
  );

const common = {
  namedInSeed: fc.boolean(),
};

function project(ctx: Context) {
  const { ids } = ctx;
  return fc.record(
    {
      name: localized,
      aliases: some(text),
      summary: localized,
      sector: fc.constantFrom(...SECTORS),
      subsector: id,
      areas: refs(ids.areas),
      status: claimsOf(fc.constantFrom(...STATUSES), ctx),
      places: some(location(ctx)),
      dates: projectDates(ctx),
      quantities: fc.dictionary(
        fc.oneof(fc.constantFrom('capacity', 'annual-output', 'length', 'throughput', 'sources'), id),
        quantityClaims(ctx),
        { minKeys: 1, maxKeys: 3 },
      ),
      cost: some(moneyClaim(ctx)),
      financing: some(
        fc.record(
          {
            org: ref(ids.organizations),
            kind: fc.constantFrom(...FINANCING_KINDS),
            amount,
            currency,
            year: fc.integer({ min: 1990, max: 2100 }),
            reportedBy: text,
            note: text,
            sources: ctx.cite,
          },
          { requiredKeys: ['kind', 'sources'] },
        ),
      ),
      participants: some(
        fc.record(
          {
            org: ref(ids.organizations),
            role: fc.constantFrom(...ROLES),
            sharePct: fc.integer({ min: 0, max: 10000 }).map((n) => n / 100),
            note: text,
            sources: ctx.cite,
          },
          { requiredKeys: ['org', 'role', 'sources'] },
        ),
      ),
      frameworks: refs(ids.frameworks),
      events: refs(ids.events),
      agreements: refs(ids.agreements),
      related: refs(ids.projects),
      partOf: ref(ids.projects),
      umbrella: fc.boolean(),
      pledge: fc.boolean(),
      facts: some(statement(ctx)),
      controversies: some(statement(ctx)),
      ...common,
    },
    { requiredKeys: ['name', 'summary', 'sector', 'status'] },
  );
}

function event(ctx: Context) {
  const { ids } = ctx;
  return sortedDates(2).chain(([start, end]) =>
    fc.record(
      {
        kind: fc.constantFrom(...EVENT_KINDS),
        title: localized,
        summary: localized,
        date: datedClaims(start as string, ctx),
        endDate: fc.constant(end as string),
        places: some(location(ctx)),
        participants: refs(ids.people),
        organizations: refs(ids.organizations),
        outcomes: some(statement(ctx)),
        agreements: refs(ids.agreements),
        projects: refs(ids.projects),
        frameworks: refs(ids.frameworks),
        areas: refs(ids.areas),
        partnershipLevel: ref(ctx.levels),
        ...common,
      },
      { requiredKeys: ['kind', 'title', 'summary', 'date'] },
    ),
  );
}

function agreement(ctx: Context) {
  const { ids } = ctx;
  return sortedDates(2).chain(([signed, inForce]) =>
    fc.record(
      {
        kind: fc.constantFrom(...AGREEMENT_KINDS),
        title: localized,
        summary: localized,
        signed: datedClaims(signed as string, ctx),
        inForce: datedClaims(inForce as string, ctx),
        status: claimsOf(fc.constantFrom(...AGREEMENT_STATUSES), ctx),
        places: some(location(ctx)),
        parties: some(text),
        signatories: some(
          fc.record(
            { person: ref(ids.people), org: ref(ids.organizations), name: text, sources: ctx.cite },
            { requiredKeys: ['sources'] },
          ),
        ),
        event: ref(ids.events),
        projects: refs(ids.projects),
        frameworks: refs(ids.frameworks),
        areas: refs(ids.areas),
        ...common,
      },
      { requiredKeys: ['kind', 'title', 'summary', 'signed'] },
    ),
  );
}

function person(ctx: Context) {
  const role = sortedDates(2).chain(([from, to]) =>
    fc.record(
      {
        title: localized,
        org: ref(ctx.ids.organizations),
        from: fc.constant(from as string),
        to: fc.constant(to as string),
        sources: ctx.cite,
      },
      { requiredKeys: ['title', 'sources'] },
    ),
  );
  return fc.record(
    {
      name: localized,
      country,
      born: claimsOf(partialDate, ctx),
      roles: some(role),
      summary: localized,
      ...common,
    },
    { requiredKeys: ['name', 'country', 'roles', 'summary'] },
  );
}

function organization(ctx: Context) {
  return fc.record(
    {
      name: localized,
      aliases: some(text),
      kind: fc.constantFrom(...ORG_KINDS),
      country,
      parent: ref(ctx.ids.organizations),
      founded: claimsOf(partialDate, ctx),
      website: httpUrl,
      summary: localized,
      ...common,
    },
    { requiredKeys: ['name', 'kind', 'summary'] },
  );
}

function framework(ctx: Context) {
  return fc.record(
    {
      name: localized,
      aliases: some(text),
      kind: fc.constantFrom(...FRAMEWORK_KINDS),
      since: claimsOf(partialDate, ctx),
      organization: ref(ctx.ids.organizations),
      parent: ref(ctx.ids.frameworks),
      summary: localized,
      ...common,
    },
    { requiredKeys: ['name', 'kind', 'summary'] },
  );
}

function place(ctx: Context) {
  return fc.record(
    {
      name: localized,
      kind: fc.constantFrom(...PLACE_KINDS),
      summary: localized,
      location: location(ctx),
      ...common,
    },
    { requiredKeys: ['name', 'kind', 'summary', 'location'] },
  );
}

function area(ctx: Context) {
  return fc.record(
    { name: localized, summary: localized, frameworks: refs(ctx.ids.frameworks), ...common },
    { requiredKeys: ['name', 'summary'] },
  );
}

function indicator(ctx: Context) {
  const point = fc.record(
    { period: partialDate, value: finiteNumber, note: text, sources: ctx.cite },
    { requiredKeys: ['period', 'value', 'sources'] },
  );
  const target = sortedDates(2).chain(([announced, by]) =>
    fc.record(
      {
        value: finiteNumber,
        by: fc.constant(by as string),
        announced: fc.constant(announced as string),
        announcedBy: ref(ctx.ids.people),
        text: localized,
        sources: ctx.cite,
      },
      { requiredKeys: ['value', 'by', 'announced', 'text', 'sources'] },
    ),
  );
  return fc.record(
    {
      title: localized,
      summary: localized,
      topic: fc.constantFrom(...INDICATOR_TOPICS),
      unit: fc.oneof(fc.constantFrom(...UNITS), currency),
      series: fc.uniqueArray(
        fc.record(
          {
            id,
            reporter: text,
            reporterOrg: ref(ctx.ids.organizations),
            label: localized,
            points: some(point, 4),
            note: text,
          },
          { requiredKeys: ['id', 'reporter', 'points'] },
        ),
        { minLength: 1, maxLength: 2, selector: (s) => s.id },
      ),
      targets: some(target),
      ...common,
    },
    { requiredKeys: ['title', 'summary', 'topic', 'unit', 'series'] },
  );
}

/** The relationship record owns every partnership level of the set. */
function relationship(ctx: Context) {
  const level = (levelId: string) =>
    fc.record(
      {
        id: fc.constant(levelId),
        name: localized,
        since: claimsOf(partialDate, ctx),
        event: ref(ctx.ids.events),
        agreement: ref(ctx.ids.agreements),
        namedInSeed: fc.boolean(),
      },
      { requiredKeys: ['id', 'name', 'since'] },
    );
  return fc.record(
    {
      name: localized,
      countries: fc.tuple(country, country),
      summary: localized,
      diplomaticRelations: claimsOf(partialDate, ctx),
      levels: fc.tuple(...ctx.levels.map(level)),
      frameworks: refs(ctx.ids.frameworks),
      ...common,
    },
    { requiredKeys: ['name', 'countries', 'summary', 'diplomaticRelations', 'levels'] },
  );
}

const BODIES: Record<Collection, (ctx: Context) => fc.Arbitrary<Obj>> = {
  projects: project,
  events: event,
  agreements: agreement,
  people: person,
  organizations: organization,
  frameworks: framework,
  places: place,
  areas: area,
  indicators: indicator,
  relationships: relationship,
};

export interface Source {
  url: string;
  publisher: string;
  title?: string;
  date?: string;
  accessed?: string;
  kind: SourceKind;
  note?: string;
  language?: string;
  archived?: string;
}

const source: fc.Arbitrary<Source> = fc.record(
  {
    url: httpUrl,
    publisher: text,
    title: text,
    date: partialDate,
    accessed: partialDate,
    kind: fc.constantFrom(...SOURCE_KINDS),
    note: text,
    language: fc.stringMatching(/^[a-z]{2}(-[A-Za-z]{2,4})?$/),
    archived: httpUrl,
  },
  { requiredKeys: ['url', 'publisher', 'kind'] },
);

/** A record as its YAML file holds it, with the folder and file name that give its kind and id. */
export interface GeneratedRecord {
  collection: Collection;
  id: string;
  file: Obj;
}

/**
 * One record file: it declares 1–3 sources of the shared pool under its own keys, its claims cite them,
 * and `summarySources` cites them all (so no source is left uncited).
 */
function recordFile(collection: Collection, base: Omit<Context, 'cite'>, pool: Source[]): fc.Arbitrary<Obj> {
  return pick(pool, 3).chain((declared) =>
    fc.uniqueArray(sourceKey, { minLength: declared.length, maxLength: declared.length }).chain((keys) =>
      BODIES[collection]({ ...base, cite: pick(keys, 2) }).map((body) => ({
        ...body,
        summarySources: keys,
        sources: Object.fromEntries(keys.map((k, i) => [k, declared[i]])),
      })),
    ),
  );
}

const KINDS_WITHOUT_RELATIONSHIP = COLLECTIONS.filter((c) => c !== 'relationships');

/**
 * A consistent set of valid record files of every kind: at least one record per collection and exactly
 * one relationship (owning every partnership level), unique ids, some records renamed (`formerIds`),
 * sources shared across records, every reference pointing at a record of the set.
 */
export function validRecordSet(maxExtra = 8): fc.Arbitrary<GeneratedRecord[]> {
  return fc
    .record({
      ids: fc.uniqueArray(id, { minLength: 10, maxLength: 10 + maxExtra }),
      levels: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
      sources: fc.uniqueArray(source, { minLength: 1, maxLength: 6, selector: (s) => s.url }),
    })
    .chain(({ ids: all, levels, sources }) => {
      const extra = all.slice(10);
      return fc
        .tuple(
          fc.array(fc.constantFrom(...KINDS_WITHOUT_RELATIONSHIP, 'former' as const), {
            minLength: extra.length,
            maxLength: extra.length,
          }),
          fc.array(fc.nat(), { minLength: extra.length, maxLength: extra.length }),
        )
        .chain(([where, owners]) => {
          const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as string[]])) as Record<
            Collection,
            string[]
          >;
          KINDS_WITHOUT_RELATIONSHIP.forEach((c, i) => ids[c].push(all[i] as string));
          ids.relationships.push(all[9] as string);
          const former: string[] = [];
          extra.forEach((x, i) =>
            where[i] === 'former' ? former.push(x) : ids[where[i] as Collection].push(x),
          );
          const slots = COLLECTIONS.flatMap((c) => ids[c].map((rid) => ({ collection: c, id: rid })));
          const formerOf = new Map<string, string[]>();
          former.forEach((f, i) => {
            const owner = slots[(owners[i] ?? 0) % slots.length]?.id as string;
            formerOf.set(owner, [...(formerOf.get(owner) ?? []), f]);
          });
          return fc.tuple(
            ...slots.map((slot) =>
              recordFile(slot.collection, { ids, levels }, sources).map(
                (file): GeneratedRecord => ({
                  ...slot,
                  file: formerOf.has(slot.id) ? { ...file, formerIds: formerOf.get(slot.id) } : file,
                }),
              ),
            ),
          );
        });
    });
}

/** The files the validator reads: `<collection>/<id>.yaml`, as YAML text. */
export const toYamlInputs = (records: GeneratedRecord[]) =>
  records.map((r) => ({ file: `${r.collection}/${r.id}.yaml`, text: stringify(r.file) }));

const isKeyList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * What the build makes of the record files: each record with its `id`, every cited source key replaced by
 * the global source id (derived from the URL), its `sources` the list of those ids; the sources merged.
 */
export function expectedDataset(
  records: GeneratedRecord[],
  version = '0.0.0',
  generated = '2026-01-01',
): Dataset {
  const out = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as Obj[]])) as Record<Collection, Obj[]>;
  const sources = new Map<string, Obj>();
  for (const r of records) {
    const map = r.file.sources as Record<string, Source>;
    const global = new Map(Object.entries(map).map(([k, s]) => [k, sourceId(s.url)]));
    for (const s of Object.values(map)) sources.set(sourceId(s.url), { id: sourceId(s.url), ...s });
    const resolve = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(resolve);
      if (!v || typeof v !== 'object') return v;
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [
          k,
          (k === 'sources' || k === 'summarySources') && isKeyList(x)
            ? x.map((key) => global.get(key))
            : resolve(x),
        ]),
      );
    };
    const { sources: _declared, ...body } = r.file;
    out[r.collection].push({ id: r.id, ...(resolve(body) as Obj), sources: [...new Set(global.values())] });
  }
  return {
    version,
    generated,
    ...out,
    sources: [...sources.values()].sort((a, b) => String(a.id).localeCompare(String(b.id))),
  } as unknown as Dataset;
}

/** Records of a dataset in id order, to compare two builds whatever order they list records in. */
export const byId = <T extends { id: string }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
