import { afterEach, describe, expect, it, vi } from 'vitest';

const load = async (siteUrl?: string) => {
  vi.resetModules();
  if (siteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = siteUrl;
  delete process.env.NEXT_PUBLIC_SITE_URL;
  return import('@/lib/metadata');
};

afterEach(() => {
  delete process.env.SITE_URL;
});

describe('page metadata and the public address', () => {
  it('names no host without SITE_URL: no canonical, no Open Graph URL or image, hreflang relative', async () => {
    const { pageMetadata } = await load();
    const m = pageMetadata({ locale: 'ru', path: 'projects', title: 'T', description: 'D' });
    expect(m.metadataBase).toBeUndefined();
    expect(m.alternates?.canonical).toBeUndefined();
    expect(m.alternates?.languages).toMatchObject({ ru: '/ru/projects', 'x-default': '/en/projects' });
    expect(m.openGraph).not.toHaveProperty('url');
    expect(m.openGraph).not.toHaveProperty('images');
    expect(JSON.stringify(m)).not.toContain('localhost');
  });

  it('gives canonical and Open Graph URLs on the public address when SITE_URL is set', async () => {
    const { pageMetadata } = await load('https://dostyk.example.org/');
    const m = pageMetadata({ locale: 'ru', path: 'projects', title: 'T', description: 'D', image: 'site' });
    expect(String(m.metadataBase)).toBe('https://dostyk.example.org/');
    expect(m.alternates?.canonical).toBe('/ru/projects');
    expect(m.openGraph).toMatchObject({ url: '/ru/projects', images: [{ url: '/og/site.png' }] });
  });
});

describe('a record page’s head', () => {
  it('derived from the record as its props carry it, equals the head built from the whole record', async () => {
    const { recordHead, pageHead, clip } = await load();
    const { dataset } = await import('@/lib/data');
    const { localizeDeep } = await import('@/lib/localized-props');
    const { recordTitle } = await import('@/lib/records');
    const { localize } = await import('@dostyk/data');
    let checked = 0;
    for (const collection of ['projects', 'events', 'agreements', 'people', 'organizations'] as const)
      for (const record of dataset[collection] as unknown as { id: string; summary?: never; name?: never }[])
        for (const locale of ['en', 'it', 'ru', 'kk', 'zh']) {
          const shipped = {
            ...localizeDeep(record, locale),
            ...('name' in record ? { name: localizeDeep(record.name, locale, true) } : {}),
            ...('title' in record
              ? { title: localizeDeep((record as { title: unknown }).title, locale, true) }
              : {}),
          };
          const built = pageHead({
            locale,
            path: `${collection}/${record.id}`,
            title: recordTitle(record as never, locale).text,
            description: clip(record.summary ? localize(record.summary, locale).text : ''),
            image: collection,
          });
          expect(recordHead(collection, shipped, locale)).toEqual(built);
          checked++;
        }
    expect(checked).toBeGreaterThan(2000);
  });
});
