import { useTranslations } from 'next-intl';
import { IndicatorFigure } from '@/components/figures/IndicatorFigure';
import { RecordName } from '@/components/record/Loc';
import type { FiguresModel } from '@/lib/figures-page';

/** Every indicator by topic: a contents list, then each figure with its chart, table and sources. */
export function FiguresView({ model }: { model: FiguresModel }) {
  const t = useTranslations();
  const byId = new Map(model.figures.map((f) => [f.indicator.id, f.indicator]));
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('figures.title')}</h1>
        <p className="lead">{t('figures.intro')}</p>
      </header>
      {model.figures.length === 0 ? (
        <p>{t('index.empty')}</p>
      ) : (
        <>
          <nav aria-label={t('figures.contents')} className="toc">
            <ul>
              {model.topics.map(({ topic, label, indicators }) => (
                <li key={topic}>
                  <strong>{label}</strong>
                  <ul>
                    {indicators.map((id) => {
                      const indicator = byId.get(id);
                      return (
                        <li key={id}>
                          <a href={`#${id}`}>{indicator ? <RecordName record={indicator} /> : id}</a>
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ul>
          </nav>
          {model.figures.map((f) => (
            <IndicatorFigure key={f.indicator.id} figure={f} />
          ))}
        </>
      )}
    </div>
  );
}
