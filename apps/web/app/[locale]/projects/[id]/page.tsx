import type { Project, Related } from '@dostyk/data';
import { ProjectView } from '@/components/record/ProjectView';
import { recordPage } from '@/lib/record-page';

function ProjectViewAdapter({ record, related }: { record: Project; related: Related }) {
  return <ProjectView project={record} related={related} />;
}

const page = recordPage<Project>('projects', ProjectViewAdapter);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
