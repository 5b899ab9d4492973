import { PageShell } from '@/components/site/PageShell';
import type { ListPageProps } from '@/lib/list-page';
import type { PageKit } from '@/lib/page-kit';
import { RecordIndex } from './RecordIndex';

/** A collection's list page in the page shell. */
export function ListPage({ collection, rows, kit, ...shell }: ListPageProps & { kit?: PageKit }) {
  return (
    <PageShell {...shell} {...(kit ? { kit } : {})}>
      <RecordIndex collection={collection} rows={rows} />
    </PageShell>
  );
}
