import type { AnyRecord, DatasetSource as Source } from '@dostyk/data';
import type { ReactNode } from 'react';
import * as React from 'react';
import { formatMoney, formatNumber, formatPartialDate } from './format';
import { countryName } from './i18n-helpers';
import type { PageHeadData } from './metadata';
import type { Messages } from './page-messages';
import { regionName } from './regions';

/** A record a page links to or looks up. */
export interface PageRecord {
  collection: string;
  record: AnyRecord;
}

/**
 * How page props carry a record the page links to or looks up (grouped by collection in `PageData.records`):
 * its name (`n`) or title (`t`) as the page shows it, `e` when that text is the English fallback, a
 * project's umbrella (`p`) and current status (`s`): all a link or a list row shows. Links never show the
 * translated mark, so it does not travel.
 */
export interface LinkedRecord {
  n?: string;
  t?: string;
  e?: 1;
  p?: string;
  s?: string;
}

/**
 * What a page reads beyond its own props while it renders, computed at build time and shipped in the page's
 * props: the records and sources it looks up, and every string it formats. The browser formats nothing
 * itself on first render because its ICU data is not the build's (Chromium has no Kazakh dates, numbers or
 * country names), and a page must hydrate to exactly the text it was built with.
 */
export interface PageData {
  /** collection → id → the record in its link form. */
  records: Record<string, Record<string, LinkedRecord>>;
  sources: Record<string, Source>;
  /** `fn:args` → result, for the formatting and map projection below (see `computedKey`). */
  computed: Record<string, unknown>;
  version: string;
  generated?: string;
}

/** What every Pages Router page gets from getStaticProps besides its own view model. */
export interface ShellProps {
  locale: string;
  /** Only the messages the page shows. */
  messages: Messages;
  data: PageData;
  head: PageHeadData;
}

/** Whether any of these points or lines shows inside the map frame (a record in Beijing shows none). */
export function anyInFrame(kit: PageKit, items: { point?: [number, number]; line?: [number, number][] }[]) {
  return items.some((i) =>
    i.point
      ? kit.project(i.point[0], i.point[1]) !== undefined
      : (i.line ?? []).some(([lon, lat]) => kit.project(lon, lat)),
  );
}

/** The page's lookups and formatters, the same on the server and in the browser. */
export interface PageKit {
  locale: string;
  version: string;
  generated?: string;
  get(id: string): PageRecord | undefined;
  source(id: string): Source | undefined;
  /** The same sources for the data package's rules (`claimsDisagree`), which read publisher and date. */
  sources: { get(id: string): Source | undefined };
  date(value: string): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  money(amount: number, currency: string, compact?: boolean): string;
  country(code: string): string;
  region(code: string): string;
  language(code: string | undefined): string | undefined;
  /** A [lon, lat] in map pixels, or undefined outside the frame. */
  project(lon: number, lat: number): [number, number] | undefined;
  /** SVG path of a line in map pixels. */
  line(coords: [number, number][]): string | undefined;
}

/** `date:2019-09`, `money:150000000,USD,false`: short keys, as every page carries them. */
export const computedKey = (fn: string, args: unknown[]) =>
  `${fn}:${args.map((a) => (typeof a === 'object' && a !== null ? JSON.stringify(a) : String(a))).join(',')}`;

/** Integers below 1,000 read the same in every language the site has; no need to ship them. */
export const formatsAlike = (value: number, options?: Intl.NumberFormatOptions) =>
  !options && Number.isInteger(value) && Math.abs(value) < 1000;

/** A linked record as views read it, back from its props form (a `Localized` text `recordTitle` reads alike). */
export function fromLinked(collection: string, id: string, linked: LinkedRecord, locale: string): PageRecord {
  const text = (v: string) => (linked.e || locale === 'en' ? { en: v } : { [locale]: v, en: '' });
  const record = {
    id,
    ...(linked.n !== undefined ? { name: text(linked.n) } : {}),
    ...(linked.t !== undefined ? { title: text(linked.t) } : {}),
    ...(linked.p ? { partOf: linked.p } : {}),
    ...(linked.s ? { status: [{ value: linked.s, sources: [] }] } : {}),
  } as unknown as AnyRecord;
  return { collection, record };
}

export function languageName(code: string | undefined, locale: string): string | undefined {
  if (!code) return undefined;
  try {
    return new Intl.DisplayNames([locale === 'zh' ? 'zh-CN' : locale], { type: 'language' }).of(code);
  } catch {
    return code;
  }
}

/** The kit a page builds from its props: every value the build computed, read back as it was. */
export function kitFromData(data: PageData, locale: string): PageKit {
  const collectionOf = new Map(
    Object.entries(data.records).flatMap(([c, records]) =>
      Object.keys(records).map((id) => [id, c] as const),
    ),
  );
  const read = <T,>(fn: string, args: unknown[], otherwise: () => T): T => {
    const key = computedKey(fn, args);
    return key in data.computed ? (data.computed[key] as T) : otherwise();
  };
  return {
    locale,
    version: data.version,
    ...(data.generated ? { generated: data.generated } : {}),
    get: (id) => {
      const c = collectionOf.get(id);
      return c ? fromLinked(c, id, data.records[c]?.[id] as LinkedRecord, locale) : undefined;
    },
    source: (id) => data.sources[id],
    sources: { get: (id) => data.sources[id] },
    date: (v) => read('date', [v], () => formatPartialDate(v, locale)),
    number: (v, o) => read('number', o ? [v, o] : [v], () => formatNumber(v, locale, o)),
    money: (a, c, compact = false) =>
      read('money', compact ? [a, c, true] : [a, c], () => formatMoney(a, c, locale, compact)),
    country: (c) => read('country', [c], () => countryName(c, locale)),
    region: (c) => read('region', [c], () => regionName(c, locale)),
    language: (c) => read('language', [c ?? null], () => languageName(c, locale)),
    project: (lon, lat) => read('project', [lon, lat], () => undefined) ?? undefined,
    line: (coords) => read('line', [coords], () => undefined) ?? undefined,
  };
}

const KitContext = React.createContext<PageKit | null>(null);

export function PageKitProvider({ kit, children }: { kit: PageKit; children: ReactNode }) {
  return <KitContext.Provider value={kit}>{children}</KitContext.Provider>;
}

/** The page's kit, from the PageKitProvider of its shell. */
export function usePageKit(): PageKit {
  const kit = React.useContext(KitContext);
  if (!kit) throw new Error('usePageKit: no PageKitProvider above this component');
  return kit;
}
