import { type Collection, KIND_OF } from '@dostyk/data';
import type { Lang } from '../i18n/messages.js';

export type Rec = Record<string, unknown> & { id: string };
export type LocalizedValue = { en: string } & Partial<Record<Lang, string>> & { translated?: Lang[] };

export const isLocalized = (v: unknown): v is LocalizedValue =>
  !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { en?: unknown }).en === 'string';

/** The display name of any record, and number formatting: the data package's rules. */
export { formatNumber, recordTitle as titleOf } from '@dostyk/data';

/** The singular kind of a collection (the data package's own table). */
export const KIND: Record<Collection, string> = KIND_OF;

/** Collections shown in the Entities tab, in order. */
export const ENTITY_COLLECTIONS: Collection[] = [
  'people',
  'organizations',
  'frameworks',
  'areas',
  'places',
  'agreements',
  'events',
  'relationships',
];

/** The value of the first claim of a claims list, if any. */
export const firstValue = <T = unknown>(claims: unknown): T | undefined =>
  Array.isArray(claims) ? ((claims[0] as { value?: T } | undefined)?.value as T | undefined) : undefined;

/** Short form for charts: 1.2k, 3.4M, 5.6B. */
export const compactNumber = (n: number): string => {
  const abs = Math.abs(n);
  const [div, suffix] =
    abs >= 1e12
      ? [1e12, 'T']
      : abs >= 1e9
        ? [1e9, 'B']
        : abs >= 1e6
          ? [1e6, 'M']
          : abs >= 1e4
            ? [1e3, 'k']
            : [1, ''];
  const v = n / div;
  return `${Number.isInteger(v) ? v : v.toFixed(Math.abs(v) >= 100 ? 0 : 1)}${suffix}`;
};

/** `annual-output` → `Annual output`. */
export const humanize = (key: string): string => {
  const spaced = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};
