import { NotFoundView } from '@/components/pages/NotFoundView';
import { PageShell } from '@/components/site/PageShell';
import type { PageKit } from '@/lib/page-kit';
import { type NotFoundPageProps, notFoundStaticProps } from '@/lib/simple-pages';
import { localePaths } from '@/lib/static-page';

function NotFound({ kit, ...shell }: NotFoundPageProps & { kit?: PageKit }) {
  return (
    <PageShell {...shell} {...(kit ? { kit } : {})}>
      <NotFoundView />
    </PageShell>
  );
}

export const getStaticPaths = localePaths;
export const getStaticProps = notFoundStaticProps((props, kit) => <NotFound {...props} kit={kit} />);

export default function Page(props: NotFoundPageProps) {
  return <NotFound {...props} />;
}
