import {
  type Collection,
  claimsDisagree,
  type ExternalIdsLike,
  externalLinks,
  isClaimList,
  isListOfFacts,
  localize,
  type Query,
  type SourceLookup,
  sourcesById,
} from '@dostyk/data';
import { type Lang, maybe, type T, translator } from '../i18n/messages.js';
import { type Line, link, type Seg, seg } from '../text/styled.js';
import {
  formatNumber,
  humanize,
  isLocalized,
  KIND,
  type LocalizedValue,
  type Rec,
  titleOf,
} from './records.js';
import { regionName } from './regions.js';

/** A source of a record, numbered in the order the record lists them. */
export interface SourceRef {
  n: number;
  id: string;
  url: string;
  publisher: string;
  title?: string;
  date?: string;
}

export interface Description {
  collection: Collection;
  id: string;
  title: string;
  /** Lines of fields; each field value ends with its numbered source references. */
  lines: Line[];
  sources: SourceRef[];
}

/** Fields shown first, in this order; any other field follows, so every field is always shown. */
const ORDER = [
  'kind',
  'sector',
  'subsector',
  'topic',
  'unit',
  'status',
  'date',
  'endDate',
  'signed',
  'inForce',
  'country',
  'countries',
  'born',
  'founded',
  'since',
  'diplomaticRelations',
  'summary',
  'aliases',
  'externalIds',
  'location',
  'places',
  'dates',
  'quantities',
  'cost',
  'financing',
  'participants',
  'roles',
  'parties',
  'signatories',
  'organizations',
  'levels',
  'series',
  'targets',
  'outcomes',
  'facts',
  'controversies',
  'areas',
  'frameworks',
  'events',
  'agreements',
  'projects',
  'event',
  'organization',
  'parent',
  'partOf',
  'related',
  'partnershipLevel',
  'website',
  'umbrella',
  'pledge',
  'namedInSeed',
  'formerIds',
  'updated',
];
const SKIP = new Set(['id', 'name', 'title', 'sources']);
/** Fields holding ids of other records. */
const REF_FIELDS = new Set([
  'participants',
  'areas',
  'frameworks',
  'events',
  'agreements',
  'projects',
  'related',
  'partOf',
  'organizations',
  'event',
  'organization',
  'parent',
  'reporterOrg',
  'distinctFrom',
  'announcedBy',
  'org',
  'person',
  'agreement',
  'place',
]);

type Claim = Record<string, unknown> & { sources?: string[] };
/** Describe any record: a title, its fields as lines with numbered source references, and the sources. */
export function describe(query: Query, collection: Collection, record: Rec, lang: Lang): Description {
  const t = translator(lang);
  const allSources = new Map(query.dataset.sources.map((s) => [s.id, s]));
  const ids = Array.isArray(record.sources) ? (record.sources as string[]) : [];
  const sources: SourceRef[] = ids.map((id, i) => {
    const s = allSources.get(id);
    return {
      n: i + 1,
      id,
      url: s?.url ?? '',
      publisher: s?.publisher ?? id,
      title: s?.title,
      date: s?.date,
    };
  });
  const number = new Map(sources.map((s) => [s.id, s.n]));
  const ctx: Ctx = { query, collection, lang, t, number, marked: false, sources: lookupOf(query) };

  const lines: Line[] = [];
  const head = titleOf(record, lang);
  const sub = [t(`kind.${KIND[collection]}` as never), record.id];
  lines.push([seg(sub.join(' · '), 'muted')]);
  if (head.fallback && lang !== 'en') lines.push([seg(t('detail.fallback', { lang }), 'muted')]);
  const keys = [
    ...ORDER.filter((k) => k in record),
    ...Object.keys(record).filter((k) => !ORDER.includes(k)),
  ].filter((k) => !SKIP.has(k) && !isEmpty(record[k]));
  for (const key of keys) lines.push(...field(ctx, key, record[key]));
  // One quiet legend under the kind line, when the name or any text shown is the project's own translation.
  if ((head.translated && !head.fallback) || ctx.marked)
    lines.splice(1, 0, [seg(t('detail.translated'), 'muted')]);
  lines.push(...appearances(ctx, record.id));
  if (sources.length > 0) {
    lines.push([]);
    lines.push([seg(t('detail.sources'), 'heading')]);
    for (const s of sources) {
      const meta = [s.publisher, s.date, s.title].filter(Boolean).join(' · ');
      lines.push([seg(`[${s.n}] `, 'ref'), seg(meta)]);
      lines.push([seg('    '), seg(s.url, 'link')]);
    }
  }
  return { collection, id: record.id, title: head.text, lines, sources };
}

/**
 * Where an organization or a person appears (the query's `appearsIn`): projects with each role, stake and
 * money, then agreements and events with their dates, every record a link.
 */
function appearances(ctx: Ctx, id: string): Line[] {
  const { projects, agreements, events } = ctx.query.appearsIn(id);
  if (projects.length + agreements.length + events.length === 0) return [];
  const { t, lang } = ctx;
  const out: Line[] = [[], [seg(t('detail.appearsIn'), 'heading')]];
  const section = (title: string, count: number) => out.push([seg(`${title} (${count}):`, 'key')]);
  if (projects.length > 0) {
    section(t('detail.inProjects'), projects.length);
    for (const { project, roles, financing } of projects) {
      const what = [
        ...roles.map(
          (r) =>
            maybe(t, `role.${r.role}`, r.role.replace(/-/g, ' ')) +
            (r.sharePct === undefined ? '' : ` ${formatNumber(r.sharePct, lang)}%`),
        ),
        ...financing.map((f) =>
          [
            maybe(t, `financing.${f.kind}`, f.kind.replace(/-/g, ' ')),
            f.amount === undefined
              ? ''
              : `${formatNumber(f.amount, lang)}${f.currency ? ` ${f.currency}` : ''}`,
            f.year === undefined ? '' : `(${f.year})`,
          ]
            .filter(Boolean)
            .join(' '),
        ),
      ];
      out.push([
        seg('  • '),
        ...linkTo(ctx, project.id, false),
        seg(what.length ? ` · ${what.join(' · ')}` : '', 'muted'),
      ]);
    }
  }
  const dated = (title: string, list: { id: string; date?: string }[]) => {
    if (list.length === 0) return;
    section(title, list.length);
    for (const { id: ref, date } of list)
      out.push([seg(`  • ${date ?? '….'}  `), ...linkTo(ctx, ref, false)]);
  };
  dated(
    t('detail.inAgreements'),
    agreements.map((a) => ({ id: a.agreement.id, date: a.date })),
  );
  dated(
    t('detail.inEvents'),
    events.map((e) => ({ id: e.event.id, date: e.date })),
  );
  return out;
}

/** Unknown stays empty: nothing is shown for a missing field, an empty list or an empty map. */
const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0);

interface Ctx {
  query: Query;
  collection: Collection;
  lang: Lang;
  t: T;
  number: Map<string, number>;
  /** Set once a text shown is the project's own translation, so the legend is shown. */
  marked: boolean;
  /** The dataset's sources, for the conflict rule (a cost without a year is priced at its source's year). */
  sources: SourceLookup;
}

const lookups = new WeakMap<Query, SourceLookup>();
const lookupOf = (query: Query): SourceLookup => {
  let l = lookups.get(query);
  if (!l) {
    l = sourcesById(query.dataset);
    lookups.set(query, l);
  }
  return l;
};

const label = (ctx: Ctx, key: string): string => maybe(ctx.t, `field.${key}`, humanize(key));

const refs = (ctx: Ctx, sources: unknown) =>
  Array.isArray(sources) && sources.length > 0
    ? [seg(` ${sources.map((s) => `[${ctx.number.get(String(s)) ?? '?'}]`).join('')}`, 'ref')]
    : [];

/**
 * A link to the record an id points at: its name (opened from the explorer), then its id where `withId` (the
 * id is what `dostyk show` takes). An id that does not resolve is shown as it is, not as a link.
 */
const linkTo = (ctx: Ctx, id: string, withId = true): Seg[] => {
  const hit = ctx.query.get(id);
  if (!hit) return [seg(id)];
  return [
    link(titleOf(hit.record, ctx.lang).text, hit.record.id),
    ...(withId ? [seg(` (${id})`, 'muted')] : []),
  ];
};

/** The name of a record an id points at, or the id when it does not resolve. */
const nameOf = (ctx: Ctx, id: string): string => {
  const hit = ctx.query.get(id);
  return hit ? titleOf(hit.record, ctx.lang).text : id;
};

/** The mark after a text that is the project's own translation, or nothing. */
const translatedMark = (ctx: Ctx, v: LocalizedValue): string => {
  const l = localize(v, ctx.lang);
  if (!l.translated || l.fallback) return '';
  ctx.marked = true;
  return ` ${ctx.t('detail.translatedMark')}`;
};

const text = (ctx: Ctx, v: unknown): string => {
  if (isLocalized(v)) {
    const l = localize(v, ctx.lang);
    return l.fallback && ctx.lang !== 'en' ? `${l.text} (en)` : `${l.text}${translatedMark(ctx, v)}`;
  }
  if (typeof v === 'number') return formatNumber(v, ctx.lang);
  if (typeof v === 'boolean') return ctx.t(v ? 'word.yes' : 'word.no');
  if (Array.isArray(v)) return v.map((x) => text(ctx, x)).join(', ');
  if (v && typeof v === 'object') return JSON.stringify(v);
  return String(v ?? '');
};

/** The catalogue group of a record's `kind`, by collection. */
const KIND_GROUP: Partial<Record<Collection, string>> = {
  events: 'eventKind',
  agreements: 'agreementKind',
  organizations: 'orgKind',
  frameworks: 'frameworkKind',
  places: 'placeKind',
};

/** A unit as the catalogue writes it in the reader's language (MW → МВт, 兆瓦). */
const unitText = (ctx: Ctx, unit: string) => maybe(ctx.t, `unit.${unit}`, unit);

/** An enum or plain value, translated where the interface knows it. */
const valueText = (ctx: Ctx, key: string, v: unknown): string => {
  if (typeof v !== 'string') return text(ctx, v);
  if (key === 'sector') return maybe(ctx.t, `sector.${v}`, v);
  if (key === 'subsector') return maybe(ctx.t, `subsector.${v}`, v.replace(/-/g, ' '));
  if (key === 'status')
    return maybe(ctx.t, `${ctx.collection === 'agreements' ? 'agreementStatus' : 'st'}.${v}`, v);
  if (key === 'kind') {
    const group = KIND_GROUP[ctx.collection];
    return group ? maybe(ctx.t, `${group}.${v}`, v) : v;
  }
  if (key === 'topic') return maybe(ctx.t, `topic.${v}`, v);
  if (key === 'unit') return maybe(ctx.t, `unit.${v}`, v);
  if (key === 'region') return `${regionName(v, ctx.lang)} (${v})`;
  if (REF_FIELDS.has(key)) return `${nameOf(ctx, v)}`;
  return v;
};

const claimValue = (ctx: Ctx, key: string, c: Claim): string => {
  if ('amount' in c) {
    const year = typeof c.year === 'number' ? ` (${c.year})` : '';
    return `${formatNumber(c.amount as number, ctx.lang)} ${c.currency}${year}`;
  }
  if (typeof c.value === 'number' && typeof c.unit === 'string')
    return `${formatNumber(c.value, ctx.lang)} ${unitText(ctx, c.unit)}`;
  return valueText(ctx, key, c.value);
};

const claimMeta = (ctx: Ctx, c: Claim): string => {
  const parts: string[] = [];
  if (typeof c.asOf === 'string') parts.push(`${ctx.t('detail.asOf')} ${c.asOf}`);
  if (typeof c.reportedBy === 'string') parts.push(`${ctx.t('detail.reportedBy')} ${c.reportedBy}`);
  if (typeof c.note === 'string') parts.push(c.note);
  return parts.length ? ` (${parts.join('; ')})` : '';
};

/**
 * Claims about one field, each with who reported it; the field is marked when its sources disagree by the
 * data package's rule (`claimsDisagree`: a history of as-of dates, a coarser date or another unit or
 * currency for the same value is no conflict).
 */
function claims(ctx: Ctx, key: string, name: string, list: Claim[], indent = ''): Line[] {
  if (list.length === 1) {
    const c = list[0] as Claim;
    return [
      [
        seg(`${indent}${name}: `, 'key'),
        seg(claimValue(ctx, key, c)),
        seg(claimMeta(ctx, c), 'muted'),
        ...refs(ctx, c.sources),
      ],
    ];
  }
  const conflict = claimsDisagree(list as never, ctx.sources);
  const out: Line[] = [
    [seg(`${indent}${name}:`, 'key'), ...(conflict ? [seg(` ⚠ ${ctx.t('detail.conflict')}`, 'warn')] : [])],
  ];
  for (const c of list)
    out.push([
      seg(`${indent}  • `),
      seg(claimValue(ctx, key, c), conflict ? 'warn' : undefined),
      seg(claimMeta(ctx, c), 'muted'),
      ...refs(ctx, c.sources),
    ]);
  return out;
}

function field(ctx: Ctx, key: string, v: unknown): Line[] {
  const name = label(ctx, key);
  // Financing lists separate loans and grants, and targets separate goals: not rival values of one fact.
  if (isClaimList(v) && !isListOfFacts(key)) return claims(ctx, key, name, v as Claim[]);
  if ((key === 'quantities' || key === 'dates') && v && typeof v === 'object' && !Array.isArray(v)) {
    const out: Line[] = [[seg(`${name}:`, 'key')]];
    for (const [k, list] of Object.entries(v as Record<string, unknown>)) {
      const sub = maybe(ctx.t, `${key === 'dates' ? 'ms' : 'quantity'}.${k}`, humanize(k));
      if (isClaimList(list)) out.push(...claims(ctx, k, sub, list as Claim[], '  '));
    }
    return out;
  }
  if (isLocalized(v)) {
    const l = localize(v, ctx.lang);
    const shown = l.fallback && ctx.lang !== 'en' ? `${l.text} (en)` : l.text;
    return [[seg(`${name}: `, 'key'), seg(shown), seg(translatedMark(ctx, v), 'muted')]];
  }
  // The anchors' ids, each with its page where the dataset has one (decided in @dostyk/data).
  if (key === 'externalIds') {
    const out: Line[] = [[seg(`${name}:`, 'key')]];
    for (const x of externalLinks(v as ExternalIdsLike))
      out.push([seg(`  • ${x.dataset} ${x.id}`), ...(x.url ? [seg('  '), seg(x.url, 'link')] : [])]);
    return out;
  }
  if (Array.isArray(v)) {
    // Lists of source ids (e.g. `summarySources`) are shown as numbered references.
    if (/Sources$/.test(key) && v.every((x) => typeof x === 'string'))
      return [[seg(`${name}:`, 'key'), ...refs(ctx, v)]];
    if (v.every((x) => typeof x === 'string')) {
      if (!REF_FIELDS.has(key)) return [[seg(`${name}: `, 'key'), seg((v as string[]).join(', '))]];
      return [
        [
          seg(`${name}: `, 'key'),
          ...(v as string[]).flatMap((id, i) => [...(i > 0 ? [seg(', ')] : []), ...linkTo(ctx, id)]),
        ],
      ];
    }
    const out: Line[] = [[seg(`${name}:`, 'key')]];
    for (const item of v) out.push([seg('  • '), ...itemSegs(ctx, key, item)]);
    return out;
  }
  if (v && typeof v === 'object') return [[seg(`${name}: `, 'key'), ...itemSegs(ctx, key, v)]];
  if (typeof v === 'string' && REF_FIELDS.has(key)) return [[seg(`${name}: `, 'key'), ...linkTo(ctx, v)]];
  return [[seg(`${name}: `, 'key'), seg(valueText(ctx, key, v))]];
}

/** One object of a list (a participant, a place, a statement, a series...) on one line. */
function itemSegs(ctx: Ctx, key: string, raw: unknown) {
  if (!raw || typeof raw !== 'object') return [seg(text(ctx, raw))];
  const o = raw as Record<string, unknown>;
  const parts: Seg[][] = [];
  const used = new Set(['sources', 'id']);
  // Claims nested in an item (a partnership level's `since`) cite sources too.
  const nested = Object.values(o).flatMap((v) => (isClaimList(v) ? v.flatMap((c) => c.sources ?? []) : []));
  const take = (k: string, f: (v: never) => string | Seg[] | undefined) => {
    used.add(k);
    if (o[k] === undefined) return;
    const s = f(o[k] as never);
    if (s) parts.push(typeof s === 'string' ? [seg(s)] : s);
  };
  const ref = (id: string) => linkTo(ctx, id, false);
  if (key === 'series') {
    take('reporter', (s: string) => s);
    take('label', (l) => text(ctx, l));
    take('points', (p: { period: string; value: number }[]) => {
      const first = p[0];
      const last = p.at(-1);
      return first && last
        ? `${p.length} ${ctx.t('figures.points')}, ${first.period}–${last.period}, ${last.period}: ${formatNumber(last.value, ctx.lang)}`
        : undefined;
    });
  }
  take('text', (l) => text(ctx, l));
  take('name', (l) => text(ctx, l));
  take('title', (l) => text(ctx, l));
  take('org', ref);
  take('person', ref);
  take('role', (r: string) => maybe(ctx.t, `role.${r}`, r.replace(/-/g, ' ')));
  take('sharePct', (n: number) => `${formatNumber(n, ctx.lang)}%`);
  take('kind', (k: string) => (key === 'financing' ? maybe(ctx.t, `financing.${k}`, k) : k));
  take('amount', (n: number) => `${formatNumber(n, ctx.lang)}${o.currency ? ` ${o.currency}` : ''}`);
  used.add('currency');
  take('year', (y: number) => String(y));
  take('value', (n: unknown) => (typeof n === 'number' ? formatNumber(n, ctx.lang) : text(ctx, n)));
  take('by', (d: string) => `${ctx.t('figures.by')} ${d}`);
  take('announced', (d: string) => d);
  take('announcedBy', ref);
  take('since', (c: unknown) => (isClaimList(c) ? String(c[0]?.value ?? '') : text(ctx, c)));
  take('from', (d: string) => `${d}–${(o.to as string | undefined) ?? ''}`);
  used.add('to');
  take('event', ref);
  take('agreement', ref);
  take('region', (r: string) => regionName(r, ctx.lang));
  take('country', (c: string) => c);
  take('countries', (c: string[]) => c.join(', '));
  take('place', ref);
  take('lat', (lat: number) => `${lat}, ${o.lon}`);
  used.add('lon');
  take('line', (l: unknown[]) => ctx.t('detail.vertices', { n: l.length }));
  take('precision', (p: string) => maybe(ctx.t, `precision.${p}`, p));
  take('reportedBy', (r: string) => `${ctx.t('detail.reportedBy')} ${r}`);
  take('asOf', (d: string) => `${ctx.t('detail.asOf')} ${d}`);
  take('note', (n: string) => n);
  for (const [k, v] of Object.entries(o)) {
    if (used.has(k) || v === undefined) continue;
    parts.push([
      seg(`${label(ctx, k)}: `),
      ...(REF_FIELDS.has(k) && typeof v === 'string' ? ref(v) : [seg(text(ctx, v))]),
    ]);
  }
  const cited = [...new Set([...((o.sources as string[] | undefined) ?? []), ...nested])];
  return [...parts.flatMap((p, i) => (i > 0 ? [seg(' · '), ...p] : p)), ...refs(ctx, cited)];
}
