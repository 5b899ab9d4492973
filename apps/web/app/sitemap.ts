import type { MetadataRoute } from 'next';
import { LOCALE_TAGS, LOCALES } from '@/i18n/routing';
import { dataset } from '@/lib/data';
import { RECORD_PAGES, siteUrl } from '@/lib/links';

export const dynamic = 'force-static';

const STATIC_PATHS = [
  '',
  'projects',
  'timeline',
  'figures',
  'people',
  'organizations',
  'frameworks',
  'places',
  'events',
  'agreements',
  'data',
  'about',
];

/**
 * Every page in every language, each with its hreflang alternates; absolute when SITE_URL is set, else
 * site-relative paths (robots.txt then names no sitemap).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const paths: { path: string; updated?: string }[] = STATIC_PATHS.map((path) => ({ path }));
  for (const c of RECORD_PAGES) {
    for (const r of dataset[c] as { id: string; updated?: string }[]) {
      paths.push({ path: `${c}/${r.id}`, ...(r.updated ? { updated: r.updated } : {}) });
    }
  }
  return paths.flatMap(({ path, updated }) => {
    const suffix = path ? `/${path}` : '';
    const languages = Object.fromEntries(LOCALES.map((l) => [LOCALE_TAGS[l], siteUrl(`/${l}${suffix}`)]));
    return LOCALES.map((l) => ({
      url: siteUrl(`/${l}${suffix}`),
      ...(updated ? { lastModified: updated } : {}),
      alternates: { languages },
    }));
  });
}
