import { usePageKit } from '@/lib/page-kit';
import { type ClaimLike, Claims } from './Claims';
import type { SourceNotes } from './notes';

/** A partial date (2019, 2019-09, 2019-09-11) in the page's language, machine-readable in `dateTime`. */
export function DateText({ value }: { value: string }) {
  const kit = usePageKit();
  return <time dateTime={value}>{kit.date(value)}</time>;
}

/** A dated field's claims: dates that agree show once, dates that disagree side by side. */
export function DateClaims({
  field,
  claims,
  notes,
}: {
  /** The field's path in the record, as `conflicts()` names it. */
  field: string;
  claims: (ClaimLike & { value: string })[] | undefined;
  notes: SourceNotes;
}) {
  return (
    <Claims
      field={field}
      claims={claims}
      notes={notes}
      keyOf={(c) => c.value}
      render={(c) => <DateText value={c.value} />}
    />
  );
}
