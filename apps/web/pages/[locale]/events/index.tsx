import { ListPage } from '@/components/pages/ListPage';
import { type ListPageProps, listStaticProps } from '@/lib/list-page';
import { localePaths } from '@/lib/static-page';

export const getStaticPaths = localePaths;
export const getStaticProps = listStaticProps('events', (props, kit) => <ListPage {...props} kit={kit} />);

export default function Page(props: ListPageProps) {
  return <ListPage {...props} />;
}
