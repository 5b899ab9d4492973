import { RecordPage, type RecordView } from '@/components/pages/RecordPage';
import { EventView } from '@/components/record/EntityViews';
import { type RecordPageProps, recordStaticPaths, recordStaticProps } from '@/lib/record-page';

const View = EventView as unknown as RecordView;

export const getStaticPaths = recordStaticPaths('events');
export const getStaticProps = recordStaticProps('events', (props, kit) => (
  <RecordPage {...props} kit={kit} View={View} />
));

export default function Page(props: RecordPageProps) {
  return <RecordPage {...props} View={View} />;
}
