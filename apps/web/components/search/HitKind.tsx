import { formatPartialDate } from '@/lib/format';

/** A search hit's kind and, when it has one, its date: the same small line in the header box and on the search page. */
export function HitKind({ kind, date, locale }: { kind: string; date?: string; locale: string }) {
  return (
    <span className="hit-kind">
      {kind}
      {date && (
        <>
          {' · '}
          <time dateTime={date}>{formatPartialDate(date, locale)}</time>
        </>
      )}
    </span>
  );
}
