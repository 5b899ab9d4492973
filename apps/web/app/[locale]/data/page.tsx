import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { dataset } from '@/lib/data';
import { formatNumber } from '@/lib/format';
import { siteUrl } from '@/lib/links';
import { pageMetadata } from '@/lib/metadata';

type Props = { params: Promise<{ locale: string }> };

const DOWNLOADS = join(process.cwd(), 'public', 'downloads');

function files(sub: string): { name: string; size: number }[] {
  const dir = join(DOWNLOADS, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .map((name) => ({ name, size: statSync(join(dir, name)).size }));
}

function size(name: string): number | undefined {
  const p = join(DOWNLOADS, name);
  return existsSync(p) ? statSync(p).size : undefined;
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as 'en', namespace: 'data' });
  return pageMetadata({ locale, path: 'data', title: t('title'), description: t('intro'), image: 'data' });
}

export default async function DataPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations({ locale: locale as 'en', namespace: 'data' });
  const kb = (n: number | undefined) =>
    n === undefined ? '' : `${formatNumber(Math.max(1, Math.round(n / 1024)), locale)} KB`;
  const csv = files('csv');
  const schemas = files('json-schema');
  const changelogPath = join(DOWNLOADS, 'CHANGELOG.md');
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8').trim() : '';
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'Dostyk: the China–Kazakhstan relationship',
    description: t('jsonLdDescription'),
    url: siteUrl(`/${locale}/data`),
    version: dataset.version,
    dateModified: dataset.generated ? dataset.generated.slice(0, 10) : undefined,
    inLanguage: ['en', 'it', 'ru', 'kk', 'zh'],
    license: 'https://creativecommons.org/licenses/by/4.0/',
    isAccessibleForFree: true,
    keywords: ['China', 'Kazakhstan', 'Belt and Road', 'diplomacy', 'infrastructure', 'open data'],
    spatialCoverage: [
      { '@type': 'Place', name: 'Kazakhstan' },
      { '@type': 'Place', name: 'China' },
    ],
    creator: { '@type': 'Organization', name: 'Dostyk contributors' },
    distribution: [
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: siteUrl(`/downloads/dataset.json`),
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/geo+json',
        contentUrl: siteUrl(`/downloads/places.geojson`),
      },
      ...csv.map((f) => ({
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: siteUrl(`/downloads/csv/${f.name}`),
      })),
    ],
  };
  return (
    <div className="page prose-page">
      <script
        type="application/ld+json"
        // JSON-LD of our own dataset; `<` is escaped so no string can close the script element.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
      />
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <p className="muted">
          {t('version', { version: dataset.version })} · {t('licence')}
        </p>
      </header>
      <section aria-labelledby="dl-heading">
        <h2 id="dl-heading">{t('downloads')}</h2>
        <ul className="download-list">
          <li>
            <a href="/downloads/dataset.json" download>
              dataset.json
            </a>{' '}
            <span className="muted">
              {t('jsonWhat')} · {kb(Buffer.byteLength(JSON.stringify(dataset)))}
            </span>
          </li>
          <li>
            <a href="/downloads/places.geojson" download>
              places.geojson
            </a>{' '}
            <span className="muted">
              {t('geojsonWhat')} · {kb(size('places.geojson'))}
            </span>
          </li>
        </ul>
        <h3>{t('csv')}</h3>
        <ul className="download-list columns">
          {csv.map((f) => (
            <li key={f.name}>
              <a href={`/downloads/csv/${f.name}`} download>
                {f.name}
              </a>{' '}
              <span className="muted">{kb(f.size)}</span>
            </li>
          ))}
        </ul>
        <h3>{t('schema')}</h3>
        <ul className="download-list columns">
          {schemas.map((f) => (
            <li key={f.name}>
              <a href={`/downloads/json-schema/${f.name}`}>{f.name}</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="npm-heading">
        <h2 id="npm-heading">{t('npm')}</h2>
        <p>{t('npmIntro')}</p>
        <pre>
          <code>npm install @dostyk/data</code>
        </pre>
        <pre>
          <code>{`import { createQuery, dataset, localize } from '@dostyk/data';

const q = createQuery(dataset);
const { items, facets } = q.projects({ sector: ['energy'], status: ['operational'] }, 'start');
for (const p of items) console.log(p.id, localize(p.name, 'ru').text);
console.log(q.search('Zhanatas').map((h) => h.id));`}</code>
        </pre>
        <p>{t('cliIntro')}</p>
        <pre>
          <code>npx @dostyk/cli projects --sector energy --json</code>
        </pre>
      </section>
      <section aria-labelledby="changelog-heading">
        <h2 id="changelog-heading">{t('changelog')}</h2>
        {changelog ? (
          <pre className="changelog" lang="en">
            {changelog}
          </pre>
        ) : (
          <p className="muted">{t('noChangelog')}</p>
        )}
      </section>
    </div>
  );
}
