import { DataPageView } from '@/components/pages/DataPageView';
import { PageShell } from '@/components/site/PageShell';
import { type DataPageProps, dataStaticProps } from '@/lib/data-page';
import type { PageKit } from '@/lib/page-kit';
import { localePaths } from '@/lib/static-page';

function Data({ model, kit, ...shell }: DataPageProps & { kit?: PageKit }) {
  return (
    <PageShell {...shell} {...(kit ? { kit } : {})}>
      <DataPageView model={model} locale={shell.locale} site={shell.head.site} />
    </PageShell>
  );
}

export const getStaticPaths = localePaths;
export const getStaticProps = dataStaticProps((props, kit) => <Data {...props} kit={kit} />);

export default function Page(props: DataPageProps) {
  return <Data {...props} />;
}
