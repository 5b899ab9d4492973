import { useTranslations } from 'next-intl';
import type { AboutFigures } from '@/lib/about-page';

const SECTIONS = [
  'method',
  'claims',
  'conflicts',
  'counting',
  'places',
  'languages',
  'cite',
  'correct',
  'licence',
] as const;

/** Method, conventions and the sources behind the dataset. */
export function AboutView({ figures }: { figures: AboutFigures }) {
  const t = useTranslations('about');
  return (
    <div className="page prose-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </header>
      {SECTIONS.map((s) => (
        <section key={s} aria-labelledby={`about-${s}`}>
          <h2 id={`about-${s}`}>{t(`${s}.title`)}</h2>
          <p>{t(`${s}.body`)}</p>
        </section>
      ))}
      <section aria-labelledby="about-sources">
        <h2 id="about-sources">{t('sourcesTitle')}</h2>
        <p>{t('sourcesBody', { sources: figures.sources, publishers: figures.publishers })}</p>
        <ul className="inline-list">
          {figures.languages.map((l) => (
            <li key={l.code}>
              {l.name}: {l.count}
            </li>
          ))}
        </ul>
        <h3>{t('topPublishers')}</h3>
        <ul className="publisher-list" lang="en">
          {figures.top.map(({ name, count }) => (
            <li key={name}>
              {name} <span className="muted">({count})</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
