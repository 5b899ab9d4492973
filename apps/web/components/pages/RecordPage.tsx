import type { AnyRecord, Related } from '@dostyk/data';
import type { ComponentType } from 'react';
import { PageShell } from '@/components/site/PageShell';
import { unpackRelated } from '@/lib/localized-props';
import { recordHead } from '@/lib/metadata';
import { type PageKit, usePageKit } from '@/lib/page-kit';
import type { RecordPageProps } from '@/lib/record-page';

export type RecordView = ComponentType<{ record: AnyRecord; related: Related }>;

/** The linked records of a page, looked up in its kit. */
function RecordWithLinks({
  View,
  record,
  related,
}: {
  View: RecordView;
  record: AnyRecord;
  related: ReturnType<typeof unpackRelated>;
}) {
  const kit = usePageKit();
  const records = (ids: string[]) =>
    ids.flatMap((id) => {
      const hit = kit.get(id);
      return hit ? [hit.record] : [];
    });
  const group = (g: Record<string, string[]>) =>
    Object.fromEntries(Object.entries(g).map(([c, ids]) => [c, records(ids)]));
  const links: Related = {
    outgoing: group(related.outgoing),
    incoming: group(related.incoming),
    similar: records(related.similar) as Related['similar'],
  };
  return <View record={record} related={links} />;
}

/** A record page: the record's view in the page shell, or, at a former id, a link on to its current page. */
export function RecordPage({
  View,
  kit,
  record,
  related,
  movedTo,
  head,
  ...shell
}: RecordPageProps & { View: RecordView; kit?: PageKit }) {
  return (
    <PageShell
      {...shell}
      head={head ?? recordHead(shell.collection, record, shell.locale)}
      {...(kit ? { kit } : {})}
    >
      {movedTo ? (
        <div className="page">
          <meta httpEquiv="refresh" content={`0; url=${movedTo.href}`} />
          <link rel="canonical" href={movedTo.href} />
          <h1>
            <a href={movedTo.href}>{movedTo.title}</a>
          </h1>
        </div>
      ) : (
        <RecordWithLinks View={View} record={record} related={unpackRelated(related, shell.data.records)} />
      )}
    </PageShell>
  );
}
