import type { Localized } from '@dostyk/data';
import { useLocale, useTranslations } from 'next-intl';
import { DateText } from '@/components/record/DateClaims';
import { Loc } from '@/components/record/Loc';
import { label } from '@/lib/i18n-helpers';
import { recordHref } from '@/lib/links';
import type { TimelineModel } from '@/lib/timeline-page';
import { entryKey } from './entry-key';
import { TimelineFilter } from './TimelineFilter';

const SUBTYPE_NS: Record<string, string> = {
  event: 'eventKinds',
  agreement: 'agreementKinds',
  milestone: 'milestones',
};

/** Every dated event, agreement, partnership step and project milestone, by year, with its filter. */
export function TimelineView({ model }: { model: TimelineModel }) {
  const t = useTranslations();
  const locale = useLocale();
  const subtypeLabel = (type: string, subtype: string | undefined) => {
    const ns = SUBTYPE_NS[type];
    return subtype && ns ? label(t, `${ns}.${subtype}`) : '';
  };
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('timeline.title')}</h1>
        <p className="lead">{t('timeline.intro')}</p>
      </header>
      <TimelineFilter locale={locale} years={model.years} total={model.total} labels={model.labels} />
      <div className="timeline">
        {model.groups.map(({ year, entries }) => (
          <section key={year} data-year-group={year} aria-labelledby={`y${year}`} className="timeline-year">
            <h2 id={`y${year}`}>{year}</h2>
            <ol>
              {entries.map((e) => (
                <li key={entryKey(e)} data-entry={entryKey(e)} className={`timeline-entry type-${e.type}`}>
                  <span className="timeline-date">
                    <DateText value={e.date} />
                    {e.expected && <span className="expected"> ({t('timeline.expected')})</span>}
                  </span>
                  <span className={`type-badge type-${e.type}`}>{label(t, `timeline.types.${e.type}`)}</span>
                  <span className="timeline-title">
                    <a href={recordHref(locale, e.collection, e.id)}>
                      <Loc value={e.title as Localized} />
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
