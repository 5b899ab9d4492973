/**
 * The closed lists of the model, free of Zod so that the main entry can export them without loading the
 * schemas. The schemas in `src/schema/` build their enums from these lists.
 */

export const LOCALES = ['en', 'it', 'ru', 'kk', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * What kind of publisher a source is, so readers can weigh it: the two governments, bodies of both
 * (intergovernmental), companies, banks, the press, research, and aggregators (reprints, blogs, content farms).
 */
export const SOURCE_KINDS = [
  'official-cn',
  'official-kz',
  'intergovernmental',
  'company',
  'bank',
  'press',
  'research',
  'aggregator',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Collections of the dataset (also the folder names under `records/`) and the kind of record each holds. */
export const KIND_OF = {
  projects: 'project',
  events: 'event',
  agreements: 'agreement',
  people: 'person',
  organizations: 'organization',
  frameworks: 'framework',
  places: 'place',
  areas: 'area',
  indicators: 'indicator',
  relationships: 'relationship',
} as const;
export type Collection = keyof typeof KIND_OF;
export type RecordKind = (typeof KIND_OF)[Collection];
export const COLLECTIONS = Object.keys(KIND_OF) as Collection[];

export const collectionOfKind = (kind: string): Collection | undefined =>
  COLLECTIONS.find((c) => KIND_OF[c] === kind);

export const SECTORS = [
  'energy',
  'transport',
  'logistics',
  'industry',
  'mining',
  'agriculture',
  'digital',
  'finance',
  'education',
  'culture',
  'science',
  'aerospace',
  'health',
  'tourism',
  'other',
] as const;

/** Project statuses, in the order a project goes through them (used to sort by status). */
export const STATUSES = [
  'announced',
  'planned',
  'under-construction',
  'operational',
  'completed',
  'suspended',
  'cancelled',
  'unknown',
] as const;

export const ROLES = [
  'owner',
  'co-owner',
  'investor',
  'developer',
  'operator',
  'epc-contractor',
  'contractor',
  'designer',
  'supplier',
  'lender',
  'insurer',
  'consultant',
  'government',
  'partner',
  'parent-company',
  'buyer',
] as const;

/** The milestones of a project, each a list of dated claims. Expected order: announced → … → completion. */
export const MILESTONES = [
  'announced',
  'agreed',
  'approved',
  'financialClose',
  'constructionStart',
  'firstOperation',
  'fullOperation',
  'completion',
  'suspended',
  'cancelled',
] as const;
export type Milestone = (typeof MILESTONES)[number];

export const FINANCING_KINDS = [
  'loan',
  'equity',
  'grant',
  'credit-line',
  'bond',
  'guarantee',
  'budget',
  'other',
] as const;

export const AGREEMENT_KINDS = [
  'treaty',
  'agreement',
  'protocol',
  'memorandum',
  'joint-statement',
  'joint-declaration',
  'communique',
  'plan',
  'programme',
  'contract',
  'other',
] as const;

export const AGREEMENT_STATUSES = ['signed', 'in-force', 'expired', 'superseded', 'terminated'] as const;

export const EVENT_KINDS = [
  'state-visit',
  'official-visit',
  'working-visit',
  'visit',
  'summit',
  'meeting',
  'phone-call',
  'speech',
  'signed-article',
  'signing',
  'forum',
  'establishment',
  'announcement',
  // Frictions: street protests and rallies, disputes (labour, legal, commercial), one state's formal protest to the other.
  'protest',
  'dispute',
  'diplomatic-protest',
  'other',
] as const;

export const ORG_KINDS = [
  'company',
  'state-company',
  'bank',
  'policy-bank',
  'fund',
  'exchange',
  'university',
  'school',
  'government',
  'ministry',
  'agency',
  'multilateral',
  'association',
  'media',
  'think-tank',
  'other',
] as const;

export const FRAMEWORK_KINDS = [
  'initiative',
  'programme',
  'organization',
  'mechanism',
  'strategy',
  'heritage',
  'other',
] as const;

/** How exactly a location is known: the exact site, a town, a district, a region or only the country. */
export const PRECISIONS = ['exact', 'settlement', 'district', 'region', 'country'] as const;

export const PLACE_KINDS = [
  'city',
  'town',
  'village',
  'region',
  'border-crossing',
  'seaport',
  'dry-port',
  'economic-zone',
  'site',
  'river',
  'other',
] as const;

export const INDICATOR_TOPICS = [
  'trade',
  'investment',
  'rail-freight',
  'transit-containers',
  'tourism',
  'energy',
  'finance',
  'education',
  'other',
] as const;

/** Units of measure. A closed list so that aggregates never mix `MW` with `Mw`; extend it here. */
export const UNITS = [
  'MW',
  'MWp',
  'GW',
  'kW',
  'MWh',
  'GWh',
  'GWh/year',
  'TWh/year',
  'km',
  'm',
  'lanes',
  'bcm/year',
  'mcm/year',
  'bcm',
  'Mt/year',
  'kt/year',
  't/year',
  't/day',
  'Mt',
  't',
  'barrels/day',
  'TEU/year',
  'TEU',
  'trains/year',
  'trains',
  'vehicles/year',
  'vehicles/day',
  'units/year',
  'units',
  'passengers/year',
  'flights/week',
  'ha',
  'm2',
  'm3/year',
  'm3/day',
  'jobs',
  'students',
  'people',
  'turbines',
  'panels',
  'percent',
  'km/h',
  'wells',
  'satellites',
] as const;
export type Unit = (typeof UNITS)[number];
