import { INDICATOR_TOPICS } from '@dostyk/data';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { IndicatorFigure } from '@/components/figures/IndicatorFigure';
import { RecordName } from '@/components/record/Loc';
import { dataset } from '@/lib/data';
import { label } from '@/lib/i18n-helpers';
import { pageMetadata } from '@/lib/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as 'en', namespace: 'figures' });
  return pageMetadata({
    locale,
    path: 'figures',
    title: t('title'),
    description: t('intro'),
    image: 'figures',
  });
}

export default async function FiguresPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations({ locale: locale as 'en' });
  // Topics in the model's order (trade first), indicators in dataset order within each.
  const rank = (topic: string) => {
    const i = (INDICATOR_TOPICS as readonly string[]).indexOf(topic);
    return i < 0 ? INDICATOR_TOPICS.length : i;
  };
  const indicators = [...dataset.indicators].sort((a, b) => rank(a.topic) - rank(b.topic));
  const topics = [...new Set(indicators.map((i) => i.topic))];
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('figures.title')}</h1>
        <p className="lead">{t('figures.intro')}</p>
      </header>
      {indicators.length === 0 ? (
        <p>{t('index.empty')}</p>
      ) : (
        <>
          <nav aria-label={t('figures.contents')} className="toc">
            <ul>
              {topics.map((topic) => (
                <li key={topic}>
                  <strong>{label(t, `topics.${topic}`)}</strong>
                  <ul>
                    {indicators
                      .filter((i) => i.topic === topic)
                      .map((i) => (
                        <li key={i.id}>
                          <a href={`#${i.id}`}>
                            <RecordName record={i} />
                          </a>
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
            </ul>
          </nav>
          {indicators.map((i) => (
            <IndicatorFigure key={i.id} indicator={i} />
          ))}
        </>
      )}
    </div>
  );
}
