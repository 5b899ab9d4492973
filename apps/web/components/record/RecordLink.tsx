import { useLocale } from 'next-intl';
import { recordHref } from '@/lib/links';
import { RecordName } from './Loc';

/** A link to any record, named in the page's language. */
export function RecordLink({
  collection,
  record,
}: {
  collection: string;
  record: { id: string; name?: unknown; title?: unknown };
}) {
  const locale = useLocale();
  return (
    <a href={recordHref(locale, collection, record.id)}>
      <RecordName record={record} />
    </a>
  );
}
