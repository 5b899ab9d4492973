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
  it('names no host without SITE_URL: no canonical, no hreflang, no Open Graph URL or image', async () => {
    const { pageHead, headLinks } = await load();
    const head = pageHead({ locale: 'ru', path: 'projects', title: 'T', description: 'D' });
    const links = headLinks(head);
    expect(head.site).toBeUndefined();
    expect(links.canonical).toBeUndefined();
    expect(links.image).toBeUndefined();
    expect(links.alternates).toEqual([]);
    expect(JSON.stringify(links)).not.toContain('localhost');
  });

  it('gives canonical and Open Graph URLs on the public address when SITE_URL is set', async () => {
    const { pageHead, headLinks } = await load('https://dostyk.example.org/');
    const links = headLinks(
      pageHead({ locale: 'ru', path: 'projects', title: 'T', description: 'D', image: 'site' }),
    );
    expect(links.canonical).toBe('https://dostyk.example.org/ru/projects');
    expect(links.image).toBe('https://dostyk.example.org/og/site.png');
    expect(links.alternates).toContainEqual({
      hrefLang: 'ru',
      href: 'https://dostyk.example.org/ru/projects',
    });
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
