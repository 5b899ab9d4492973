import { RecordPage, type RecordView } from '@/components/pages/RecordPage';
import { PersonView } from '@/components/record/EntityViews';
import { type RecordPageProps, recordStaticPaths, recordStaticProps } from '@/lib/record-page';

const View = PersonView as unknown as RecordView;

export const getStaticPaths = recordStaticPaths('people');
export const getStaticProps = recordStaticProps('people', (props, kit) => (
  <RecordPage {...props} kit={kit} View={View} />
));

export default function Page(props: RecordPageProps) {
  return <RecordPage {...props} View={View} />;
}
