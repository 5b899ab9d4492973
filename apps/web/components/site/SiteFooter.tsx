import { useLocale, useTranslations } from 'next-intl';
import { usePageKit } from '@/lib/page-kit';

export function SiteFooter() {
  const t = useTranslations('site.footer');
  const locale = useLocale();
  const kit = usePageKit();
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
          {t('version', { version: kit.version })}
          {kit.generated && <> · {t('built', { date: kit.date(kit.generated.slice(0, 10)) })}</>}
        </p>
      </div>
    </footer>
  );
}
