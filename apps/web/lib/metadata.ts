import { type Localized, localize } from '@dostyk/data';
import { LOCALE_TAGS, LOCALES } from '@/i18n/routing';
import { SITE_URL } from './links';
import { recordTitle } from './records';

const OG_LOCALE: Record<string, string> = { en: 'en_GB', it: 'it_IT', ru: 'ru_RU', kk: 'kk_KZ', zh: 'zh_CN' };

/** Shortens a description to what search engines show, on a word boundary. */
export function clip(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** What a Pages Router page puts in its `<head>`, as plain data for props; `PageHead` spells out the tags. */
export interface PageHeadData {
  title: string;
  description: string;
  /** The page's path after `/{locale}` (no leading slash; empty for the home page). */
  path: string;
  locale: string;
  /** The public address (SITE_URL), when the build was given one. */
  site?: string;
  image?: string;
  noindex?: boolean;
}

/** A page's head at `/{locale}/{path}`: its title, description (clipped), image and the public address. */
export function pageHead({
  locale,
  path,
  title,
  description,
  image = 'site',
}: {
  locale: string;
  path: string;
  title: string;
  description: string;
  image?: string;
}): PageHeadData {
  return {
    title,
    description: clip(description),
    path,
    locale,
    ...(SITE_URL ? { site: SITE_URL } : {}),
    image,
  };
}

/**
 * Open Graph locale of a page; its canonical URL, hreflang alternates (every language and x-default) and
 * Open Graph image only when the public address is known: hreflang must name absolute URLs (a relative one
 * is invalid for search engines), and without SITE_URL no host is named at all.
 */
export function headLinks(head: PageHeadData) {
  const suffix = head.path ? `/${head.path}` : '';
  const base = head.site ?? '';
  return {
    canonical: head.site ? `${base}/${head.locale}${suffix}` : undefined,
    alternates: head.site
      ? [
          ...LOCALES.map((l) => ({ hrefLang: LOCALE_TAGS[l], href: `${base}/${l}${suffix}` })),
          { hrefLang: 'x-default', href: `${base}/en${suffix}` },
        ]
      : [],
    ogLocale: OG_LOCALE[head.locale] ?? 'en_GB',
    image: head.site && head.image ? `${base}/og/${head.image}.png` : undefined,
  };
}

/**
 * The head of a record page, from the record as its props carry it (localized, name kept in English too):
 * the page derives it instead of shipping it, and the build computes the same from the whole record.
 */
export function recordHead(
  collection: string,
  record: { id: string; name?: unknown; title?: unknown; summary?: unknown },
  locale: string,
): PageHeadData {
  return pageHead({
    locale,
    path: `${collection}/${record.id}`,
    title: recordTitle(record as Parameters<typeof recordTitle>[0], locale).text,
    description: record.summary ? localize(record.summary as Localized, locale).text : '',
    image: collection,
  });
}
