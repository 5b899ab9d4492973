import { KIND_OF } from '@dostyk/data/labels';
import type { Locale } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { SearchResults } from '@/components/search/SearchResults';
import { dataset } from '@/lib/data';
import { pageMetadata } from '@/lib/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as 'en', namespace: 'search' });
  return {
    ...pageMetadata({ locale, path: 'search', title: t('pageTitle'), description: t('pageIntro') }),
    robots: { index: false },
  };
}

export default async function SearchPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const t = await getTranslations({ locale: locale as 'en' });
  const messages = await getMessages({ locale: locale as Locale });
  const kinds = messages.kinds;
  // The kind filter offers the kinds that have records, in the catalogue's order of collections.
  const kindOptions = (Object.keys(kinds) as (keyof typeof KIND_OF)[])
    .filter((c) => dataset[c].length > 0)
    .map((c) => ({ kind: KIND_OF[c], label: kinds[c] }));
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('search.pageTitle')}</h1>
        <p className="lead">{t('search.pageIntro')}</p>
      </header>
      <SearchResults
        locale={locale}
        labels={{
          label: t('search.label'),
          submit: t('search.submit'),
          empty: t('search.empty'),
          loading: t('search.loading'),
          failed: t('search.failed'),
          noResults: t('search.noResults'),
          count: messages.search.count,
          kinds,
          kindOptions,
          kindFilter: t('search.kindFilter'),
          anyKind: t('search.anyKind'),
          fallbackMark: t('fallback.mark'),
          fallbackTitle: t('fallback.title'),
        }}
      />
      <noscript>
        <p className="notice">{t('search.needsJs')}</p>
      </noscript>
    </div>
  );
}
