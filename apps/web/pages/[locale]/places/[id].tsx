import { RecordPage, type RecordView } from '@/components/pages/RecordPage';
import { PlaceView } from '@/components/record/EntityViews';
import { type RecordPageProps, recordStaticPaths, recordStaticProps } from '@/lib/record-page';

const View = PlaceView as unknown as RecordView;

export const getStaticPaths = recordStaticPaths('places');
export const getStaticProps = recordStaticProps('places', (props, kit) => (
  <RecordPage {...props} kit={kit} View={View} />
));

export default function Page(props: RecordPageProps) {
  return <RecordPage {...props} View={View} />;
}
