import { AboutView } from '@/components/pages/AboutView';
import { PageShell } from '@/components/site/PageShell';
import { type AboutPageProps, aboutStaticProps } from '@/lib/about-page';
import type { PageKit } from '@/lib/page-kit';
import { localePaths } from '@/lib/static-page';

function About({ figures, kit, ...shell }: AboutPageProps & { kit?: PageKit }) {
  return (
    <PageShell {...shell} {...(kit ? { kit } : {})}>
      <AboutView figures={figures} />
    </PageShell>
  );
}

export const getStaticPaths = localePaths;
export const getStaticProps = aboutStaticProps((props, kit) => <About {...props} kit={kit} />);

export default function Page(props: AboutPageProps) {
  return <About {...props} />;
}
