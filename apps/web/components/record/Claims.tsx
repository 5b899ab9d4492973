import { claimsDisagree, sameValue } from '@dostyk/data';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { usePageKit } from '@/lib/page-kit';
import { Cite } from './Cite';
import type { SourceNotes } from './notes';

export interface ClaimLike {
  value?: unknown;
  sources: string[];
  reportedBy?: string;
  asOf?: string;
  note?: string;
}

interface Props<C extends ClaimLike> {
  /** The field's path in the record (`cost`, `quantities.capacity`, `dates.agreed`), as `conflicts()` names it. */
  field: string;
  claims: C[] | undefined;
  notes: SourceNotes;
  /** How to show a claim's value. */
  render: (claim: C) => ReactNode;
  /** Identity of a value as written; the longest is the most precise of values that agree. */
  keyOf: (claim: C) => string;
}

/**
 * A field's claims, laid out by the data package's conflict rule (`claimsDisagree`). Values that agree
 * (a coarser date containing a finer one, one amount in two units): the most precise, with every footnote.
 * Values that changed over time (each at its own as-of date): a short history. Values that disagree: side by
 * side, each with who reported it, in a group named after the field.
 */
export function Claims<C extends ClaimLike>({ field, claims, notes, render, keyOf }: Props<C>) {
  const t = useTranslations('record');
  const kit = usePageKit();
  if (!claims?.length) return null;
  const sources = kit.sources;
  const disagree = claimsDisagree(claims as never, sources);
  const allAgree =
    !disagree &&
    claims.every((a) => claims.every((b) => a === b || sameValue(a as never, b as never, sources)));
  const longest = claims.map(keyOf).reduce((a, b) => (b.length > a.length ? b : a), '');
  const meta = (c: C) => (
    <>
      {c.asOf && <span className="claim-asof"> {t('asOf', { date: kit.date(c.asOf) })}</span>}
      {c.note && <span className="claim-note"> ({c.note})</span>}
    </>
  );
  if (allAgree) {
    const first = (claims.find((c) => keyOf(c) === longest) ?? claims[0]) as C;
    const cited = [...new Set(claims.flatMap((c) => c.sources))];
    const reporters = claims.map((c) => c.reportedBy).filter(Boolean);
    return (
      <span className="claim">
        {render(first)}
        <Cite sources={cited} notes={notes} />
        {reporters.length > 0 && (
          <span className="claim-by"> {t('reportedBy', { who: reporters.join('; ') })}</span>
        )}
        {meta(first)}
      </span>
    );
  }
  const isHistory = !disagree;
  if (isHistory) {
    const ordered = [...claims].sort((a, b) => ((a.asOf ?? '') < (b.asOf ?? '') ? -1 : 1));
    return (
      <ol className="claim-history">
        {ordered.map((c, i) => (
          <li key={`${keyOf(c)}-${i}`}>
            <span className="claim-when">{kit.date(c.asOf as string)}</span> {render(c)}
            <Cite sources={c.sources} notes={notes} />
            {c.note && <span className="claim-note"> ({c.note})</span>}
          </li>
        ))}
      </ol>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of values, not a form fieldset
    <div className="conflict" role="group" aria-label={t('conflict')} data-field={field}>
      <p className="conflict-head">
        <span aria-hidden="true">⚖ </span>
        {t('conflict')}
      </p>
      <ul className="conflict-values">
        {claims.map((c, i) => (
          <li key={`${keyOf(c)}-${i}`}>
            <span className="conflict-value">
              {render(c)}
              <Cite sources={c.sources} notes={notes} />
            </span>
            <span className="conflict-by">
              {c.reportedBy ? t('reportedBy', { who: c.reportedBy }) : t('reporterUnnamed')}
            </span>
            {meta(c)}
          </li>
        ))}
      </ul>
    </div>
  );
}
