import { RecordPage, type RecordView } from '@/components/pages/RecordPage';
import { AgreementView } from '@/components/record/EntityViews';
import { type RecordPageProps, recordStaticPaths, recordStaticProps } from '@/lib/record-page';

const View = AgreementView as unknown as RecordView;

export const getStaticPaths = recordStaticPaths('agreements');
export const getStaticProps = recordStaticProps('agreements', (props, kit) => (
  <RecordPage {...props} kit={kit} View={View} />
));

export default function Page(props: RecordPageProps) {
  return <RecordPage {...props} View={View} />;
}
