import type { Locale } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { DateText } from '@/components/record/DateClaims';
import { Loc } from '@/components/record/Loc';
import { entryKey } from '@/components/timeline/entry-key';
import { TimelineFilter } from '@/components/timeline/TimelineFilter';
import { query } from '@/lib/data';
import { label } from '@/lib/i18n-helpers';
import { recordHref } from '@/lib/links';
import { pageMetadata } from '@/lib/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as 'en', namespace: 'timeline' });
  return pageMetadata({
    locale,
    path: 'timeline',
    title: t('title'),
    description: t('intro'),
    image: 'timeline',
  });
}

export default async function TimelinePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations({ locale: locale as 'en' });
  const messages = await getMessages({ locale: locale as Locale });
  const entries = [...query.timeline()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const byYear = new Map<string, typeof entries>();
  for (const e of entries) {
    const y = e.date.slice(0, 4);
    byYear.set(y, [...(byYear.get(y) ?? []), e]);
  }
  const years = [...byYear.keys()].map(Number).sort((a, b) => a - b);
  // Dates after the build are plans (expected completion, first operation...), marked as such.
  const today = new Date().toISOString().slice(0, 10);
  const subtypeLabel = (type: string, subtype: string | undefined) => {
    if (!subtype) return '';
    const ns =
      type === 'event'
        ? 'eventKinds'
        : type === 'agreement'
          ? 'agreementKinds'
          : type === 'milestone'
            ? 'milestones'
            : '';
    return ns ? label(t, `${ns}.${subtype}`) : '';
  };
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('timeline.title')}</h1>
        <p className="lead">{t('timeline.intro')}</p>
      </header>
      <TimelineFilter
        locale={locale}
        years={years}
        total={entries.length}
        labels={{
          filters: t('timeline.filters'),
          types: messages.timeline.types,
          kind: t('timeline.kind'),
          from: t('explorer.from'),
          to: t('explorer.to'),
          any: t('explorer.any'),
          reset: t('explorer.reset'),
          count: messages.timeline.count,
          failed: t('explorer.failed'),
        }}
      />
      <div className="timeline">
        {[...byYear.entries()].map(([year, list]) => (
          <section key={year} data-year-group={year} aria-labelledby={`y${year}`} className="timeline-year">
            <h2 id={`y${year}`}>{year}</h2>
            <ol>
              {list.map((e) => (
                <li key={entryKey(e)} data-entry={entryKey(e)} className={`timeline-entry type-${e.type}`}>
                  <span className="timeline-date">
                    <DateText value={e.date} />
                    {e.date.slice(0, today.length) > today.slice(0, e.date.length) && (
                      <span className="expected"> ({t('timeline.expected')})</span>
                    )}
                  </span>
                  <span className={`type-badge type-${e.type}`}>{label(t, `timeline.types.${e.type}`)}</span>
                  <span className="timeline-title">
                    <a href={recordHref(locale, e.collection, e.id)}>
                      <Loc value={e.title} />
                    </a>
                    {subtypeLabel(e.type, e.subtype) && (
                      <span className="muted"> · {subtypeLabel(e.type, e.subtype)}</span>
                    )}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}
