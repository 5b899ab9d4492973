import { useLocale, useTranslations } from 'next-intl';
import { dataset } from '@/lib/data';
import { formatPartialDate } from '@/lib/format';

export function SiteFooter() {
  const t = useTranslations('site.footer');
  const locale = useLocale();
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          <strong>Dostyk</strong> · {t('about')}
        </p>
        <p>
          {t('licence')} · <a href={`/${locale}/data`}>{t('downloads')}</a> ·{' '}
          <a href={`/${locale}/about`}>{t('method')}</a>
        </p>
        <p className="muted">
          {t('version', { version: dataset.version })}
          {dataset.generated && (
            <> · {t('built', { date: formatPartialDate(dataset.generated.slice(0, 10), locale) })}</>
          )}
        </p>
      </div>
    </footer>
  );
}
