import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { dataset } from '@/lib/data';
import { formatNumber } from '@/lib/format';
import { pageMetadata } from '@/lib/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as 'en', namespace: 'about' });
  return pageMetadata({ locale, path: 'about', title: t('title'), description: t('intro'), image: 'site' });
}

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

export default async function AboutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations({ locale: locale as 'en', namespace: 'about' });
  const publishers = new Map<string, number>();
  for (const s of dataset.sources) publishers.set(s.publisher, (publishers.get(s.publisher) ?? 0) + 1);
  const top = [...publishers.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 24);
  const languages = new Map<string, number>();
  for (const s of dataset.sources)
    if (s.language) languages.set(s.language, (languages.get(s.language) ?? 0) + 1);
  const langName = new Intl.DisplayNames([locale === 'zh' ? 'zh-CN' : locale], { type: 'language' });
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
        <p>
          {t('sourcesBody', {
            sources: formatNumber(dataset.sources.length, locale),
            publishers: formatNumber(publishers.size, locale),
          })}
        </p>
        <ul className="inline-list">
          {[...languages.entries()]
            .sort((a, b) => b[1] - a[1])
            .map(([code, n]) => (
              <li key={code}>
                {langName.of(code) ?? code}: {formatNumber(n, locale)}
              </li>
            ))}
        </ul>
        <h3>{t('topPublishers')}</h3>
        <ul className="publisher-list" lang="en">
          {top.map(([name, n]) => (
            <li key={name}>
              {name} <span className="muted">({n})</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
