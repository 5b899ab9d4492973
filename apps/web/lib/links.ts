/** Where every kind of record lives on the site. Pure functions: used by server pages and client components. */

/** Collections that have a page per record. */
export const RECORD_PAGES = [
  'projects',
  'events',
  'agreements',
  'people',
  'organizations',
  'frameworks',
  'places',
] as const;
/** The page of a record: its own page, or the page that shows it (areas filter projects, indicators sit on figures). */
export function recordHref(locale: string, collection: string, id: string): string {
  switch (collection) {
    case 'areas':
      return `/${locale}/projects?area=${encodeURIComponent(id)}`;
    case 'indicators':
      return `/${locale}/figures#${id}`;
    case 'relationships':
      return `/${locale}#partnership`;
    default:
      return `/${locale}/${collection}/${id}`;
  }
}

/** Only absolute http(s) URLs become links; anything else is shown as text. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The public address of the site, for the sitemap, canonical and Open Graph URLs and citations: set
 * SITE_URL (or NEXT_PUBLIC_SITE_URL) when deploying. Without it the build names no host at all: pages link
 * relatively and leave out canonical and Open Graph URLs, so a copy served anywhere points at itself.
 */
export const SITE_URL: string | undefined =
  (process.env.NEXT_PUBLIC_SITE_URL || process.env.SITE_URL || '').replace(/\/$/, '') || undefined;

/** `path` on the public site when its address is known, else the site-relative path. */
export const siteUrl = (path: string): string => `${SITE_URL ?? ''}${path}`;
