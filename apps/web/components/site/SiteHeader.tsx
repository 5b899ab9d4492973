import { useLocale, useTranslations } from 'next-intl';
import { LOCALE_NAMES, LOCALE_TAGS, LOCALES } from '@/i18n/routing';
import { HeaderSearch } from './HeaderSearch';
import { LanguageSwitcher } from './LanguageSwitcher';

const NAV = [
  'projects',
  'timeline',
  'figures',
  'people',
  'organizations',
  'frameworks',
  'places',
  'data',
  'about',
] as const;

export function SiteHeader() {
  const locale = useLocale();
  const t = useTranslations('site');
  const ts = useTranslations('search');
  const tf = useTranslations('fallback');
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href={`/${locale}`} className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          <span className="brand-name">Dostyk</span>
          <span className="brand-tagline">{t('tagline')}</span>
        </a>
        <HeaderSearch
          locale={locale}
          labels={{
            label: ts('label'),
            placeholder: ts('placeholder'),
            submit: ts('submit'),
            loading: ts('loading'),
            noResults: ts('noResults'),
            failed: ts('failed'),
            shortcut: ts('shortcut'),
            fallbackMark: tf('mark'),
            fallbackTitle: tf('title'),
          }}
        />
        <LanguageSwitcher
          locale={locale}
          label={t('language')}
          languages={LOCALES.map((l) => ({ code: l, tag: LOCALE_TAGS[l], name: LOCALE_NAMES[l] }))}
        />
      </div>
      <nav aria-label={t('nav.main')} className="site-nav">
        <ul>
          {NAV.map((n) => (
            <li key={n}>
              <a href={`/${locale}/${n}`}>{t(`nav.${n}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
