import { useTranslations } from 'next-intl';
import type { DataModel } from '@/lib/data-page';

/** The downloads, the npm package and the changelog, with the dataset's JSON-LD for search engines. */
export function DataPageView({
  model,
  locale,
  site = '',
}: {
  model: DataModel;
  locale: string;
  /** The public address when known; links are site-relative otherwise. */
  site?: string | undefined;
}) {
  const t = useTranslations('data');
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'Dostyk: the China–Kazakhstan relationship',
    description: t('jsonLdDescription'),
    url: `${site}/${locale}/data`,
    version: model.version,
    dateModified: model.generated,
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
        contentUrl: `${site}/downloads/dataset.json`,
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/geo+json',
        contentUrl: `${site}/downloads/places.geojson`,
      },
      ...model.csv.map((f) => ({
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: `${site}/downloads/csv/${f.name}`,
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
          {t('version', { version: model.version })} · {t('licence')}
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
              {t('jsonWhat')} · {model.jsonSize}
            </span>
          </li>
          <li>
            <a href="/downloads/places.geojson" download>
              places.geojson
            </a>{' '}
            <span className="muted">
              {t('geojsonWhat')} · {model.geojsonSize}
            </span>
          </li>
        </ul>
        <h3>{t('csv')}</h3>
        <ul className="download-list columns">
          {model.csv.map((f) => (
            <li key={f.name}>
              <a href={`/downloads/csv/${f.name}`} download>
                {f.name}
              </a>{' '}
              <span className="muted">{f.size}</span>
            </li>
          ))}
        </ul>
        <h3>{t('schema')}</h3>
        <ul className="download-list columns">
          {model.schemas.map((f) => (
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
        {model.changelog ? (
          <pre className="changelog" lang="en">
            {model.changelog}
          </pre>
        ) : (
          <p className="muted">{t('noChangelog')}</p>
        )}
      </section>
    </div>
  );
}
