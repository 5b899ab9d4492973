import type { Project, Related } from '@dostyk/data';
import { ProjectView } from '@/components/record/ProjectView';

function ProjectRecord({ record, related }: { record: Project; related: Related }) {
  return <ProjectView project={record} related={related} />;
}

import { RecordPage, type RecordView } from '@/components/pages/RecordPage';
import { type RecordPageProps, recordStaticPaths, recordStaticProps } from '@/lib/record-page';

const View = ProjectRecord as unknown as RecordView;

export const getStaticPaths = recordStaticPaths('projects');
export const getStaticProps = recordStaticProps('projects', (props, kit) => (
  <RecordPage {...props} kit={kit} View={View} />
));

export default function Page(props: RecordPageProps) {
  return <RecordPage {...props} View={View} />;
}
