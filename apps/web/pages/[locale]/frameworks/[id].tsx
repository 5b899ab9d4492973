import { RecordPage, type RecordView } from '@/components/pages/RecordPage';
import { FrameworkView } from '@/components/record/EntityViews';
import { type RecordPageProps, recordStaticPaths, recordStaticProps } from '@/lib/record-page';

const View = FrameworkView as unknown as RecordView;

export const getStaticPaths = recordStaticPaths('frameworks');
export const getStaticProps = recordStaticProps('frameworks', (props, kit) => (
  <RecordPage {...props} kit={kit} View={View} />
));

export default function Page(props: RecordPageProps) {
  return <RecordPage {...props} View={View} />;
}
