import { ProjectsView } from '@/components/pages/ProjectsView';
import { PageShell } from '@/components/site/PageShell';
import type { PageKit } from '@/lib/page-kit';
import { type ProjectsPageProps, projectsStaticProps } from '@/lib/projects-page';
import { localePaths } from '@/lib/static-page';

function Projects({ model, kit, ...shell }: ProjectsPageProps & { kit?: PageKit }) {
  return (
    <PageShell {...shell} {...(kit ? { kit } : {})}>
      <ProjectsView model={model} locale={shell.locale} />
    </PageShell>
  );
}

export const getStaticPaths = localePaths;
export const getStaticProps = projectsStaticProps((props, kit) => <Projects {...props} kit={kit} />);

export default function Page(props: ProjectsPageProps) {
  return <Projects {...props} />;
}
