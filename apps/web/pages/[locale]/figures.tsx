import { FiguresView } from '@/components/pages/FiguresView';
import { PageShell } from '@/components/site/PageShell';
import { type FiguresPageProps, figuresStaticProps } from '@/lib/figures-page';
import type { PageKit } from '@/lib/page-kit';
import { localePaths } from '@/lib/static-page';

function Figures({ model, kit, ...shell }: FiguresPageProps & { kit?: PageKit }) {
  return (
    <PageShell {...shell} {...(kit ? { kit } : {})}>
      <FiguresView model={model} />
    </PageShell>
  );
}

export const getStaticPaths = localePaths;
export const getStaticProps = figuresStaticProps((props, kit) => <Figures {...props} kit={kit} />);

export default function Page(props: FiguresPageProps) {
  return <Figures {...props} />;
}
