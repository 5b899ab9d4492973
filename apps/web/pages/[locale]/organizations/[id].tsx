import { RecordPage, type RecordView } from '@/components/pages/RecordPage';
import { OrganizationView } from '@/components/record/EntityViews';
import { type RecordPageProps, recordStaticPaths, recordStaticProps } from '@/lib/record-page';

const View = OrganizationView as unknown as RecordView;

export const getStaticPaths = recordStaticPaths('organizations');
export const getStaticProps = recordStaticProps('organizations', (props, kit) => (
  <RecordPage {...props} kit={kit} View={View} />
));

export default function Page(props: RecordPageProps) {
  return <RecordPage {...props} View={View} />;
}
