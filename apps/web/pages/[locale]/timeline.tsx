import { PageShell } from '@/components/site/PageShell';
import { TimelineView } from '@/components/timeline/TimelineView';
import type { PageKit } from '@/lib/page-kit';
import { localePaths } from '@/lib/static-page';
import { type TimelinePageProps, timelineStaticProps } from '@/lib/timeline-page';

function Timeline({ model, kit, ...shell }: TimelinePageProps & { kit?: PageKit }) {
  return (
    <PageShell {...shell} {...(kit ? { kit } : {})}>
      <TimelineView model={model} />
    </PageShell>
  );
}

export const getStaticPaths = localePaths;
export const getStaticProps = timelineStaticProps((props, kit) => <Timeline {...props} kit={kit} />);

export default function Page(props: TimelinePageProps) {
  return <Timeline {...props} />;
}
