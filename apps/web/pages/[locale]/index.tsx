import { HomeView } from '@/components/pages/HomeView';
import { PageShell } from '@/components/site/PageShell';
import { type HomePageProps, homeStaticProps } from '@/lib/home-page';
import type { PageKit } from '@/lib/page-kit';
import { localePaths } from '@/lib/static-page';

function Home({ model, kit, ...shell }: HomePageProps & { kit?: PageKit }) {
  return (
    <PageShell {...shell} {...(kit ? { kit } : {})}>
      <HomeView model={model} />
    </PageShell>
  );
}

export const getStaticPaths = localePaths;
export const getStaticProps = homeStaticProps((props, kit) => <Home {...props} kit={kit} />);

export default function Page(props: HomePageProps) {
  return <Home {...props} />;
}
