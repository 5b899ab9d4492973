import { type Localized, localize } from '@dostyk/data';
import type { Metadata } from 'next';
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

/**
 * Title, description, canonical URL, hreflang alternates (every language and x-default) and Open Graph
 * for a page at `/{locale}/{path}`.
 */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  image: imageName = 'site',
}: {
  locale: string;
  path: string;
  title: string;
  description: string;
  /** Name of a build-time Open Graph image in /og/. */
  image?: string;
}): Metadata {
  const suffix = path ? `/${path}` : '';
  const languages: Record<string, string> = {};
  for (const l of LOCALES) languages[LOCALE_TAGS[l]] = `/${l}${suffix}`;
  languages['x-default'] = `/en${suffix}`;
  const desc = clip(description);
  const image = { url: `/og/${imageName}.png`, width: 1200, height: 630, alt: 'Dostyk' };
  // Open Graph and Twitter need absolute URLs, and a canonical URL names the public host: without SITE_URL
  // they are left out rather than pointing at a host that is not the site (hreflang stays, relative).
  return {
    ...(SITE_URL ? { metadataBase: new URL(SITE_URL) } : {}),
    title,
    description: desc,
    alternates: { ...(SITE_URL ? { canonical: `/${locale}${suffix}` } : {}), languages },
    openGraph: {
      title,
      description: desc,
      siteName: 'Dostyk',
      locale: OG_LOCALE[locale] ?? 'en_GB',
      type: 'website',
      ...(SITE_URL ? { url: `/${locale}${suffix}`, images: [image] } : {}),
    },
    twitter: {
      card: 'summary_large_image',
      title,
      description: desc,
      ...(SITE_URL ? { images: [image.url] } : {}),
    },
  };
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

/** `pageMetadata` for the Pages Router. */
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
 * Hreflang alternates (every language and x-default) and Open Graph locale of a page; its canonical URL and
 * Open Graph image only when the public address is known (as `pageMetadata`: no host is named otherwise).
 */
export function headLinks(head: PageHeadData) {
  const suffix = head.path ? `/${head.path}` : '';
  const base = head.site ?? '';
  return {
    canonical: head.site ? `${base}/${head.locale}${suffix}` : undefined,
    alternates: [
      ...LOCALES.map((l) => ({ hrefLang: LOCALE_TAGS[l], href: `${base}/${l}${suffix}` })),
      { hrefLang: 'x-default', href: `${base}/en${suffix}` },
    ],
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
