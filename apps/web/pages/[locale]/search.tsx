import { useTranslations } from 'next-intl';
import { SearchResults } from '@/components/search/SearchResults';
import { PageShell } from '@/components/site/PageShell';
import type { PageKit } from '@/lib/page-kit';
import { type SearchLabels, type SearchPageProps, searchStaticProps } from '@/lib/simple-pages';
import { localePaths } from '@/lib/static-page';

function SearchView({ locale, labels }: { locale: string; labels: SearchLabels }) {
  const t = useTranslations('search');
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('pageTitle')}</h1>
        <p className="lead">{t('pageIntro')}</p>
      </header>
      <SearchResults locale={locale} labels={labels} />
      <noscript>
        <p className="notice">{t('needsJs')}</p>
      </noscript>
    </div>
  );
}

function Search({ labels, kit, ...shell }: SearchPageProps & { kit?: PageKit }) {
  return (
    <PageShell {...shell} {...(kit ? { kit } : {})}>
      <SearchView locale={shell.locale} labels={labels} />
    </PageShell>
  );
}

export const getStaticPaths = localePaths;
export const getStaticProps = searchStaticProps((props, kit) => <Search {...props} kit={kit} />);

export default function Page(props: SearchPageProps) {
  return <Search {...props} />;
}
