import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { formatPartialDate } from '@/lib/format';
import { Cite } from './Cite';
import type { SourceNotes } from './notes';

export interface ClaimLike {
  sources: string[];
  reportedBy?: string;
  asOf?: string;
  note?: string;
}

interface Props<C extends ClaimLike> {
  claims: C[] | undefined;
  notes: SourceNotes;
  /** How to show a claim's value. */
  render: (claim: C) => ReactNode;
  /** Identity of a value, to tell agreement from disagreement. */
  keyOf: (claim: C) => string;
}

/**
 * A field's claims. One value: shown with its footnotes. Values that changed over time (each with its own
 * as-of date): a short history. Values that disagree: side by side, each with who reported it.
 */
export function Claims<C extends ClaimLike>({ claims, notes, render, keyOf }: Props<C>) {
  const t = useTranslations('record');
  const locale = useLocale();
  if (!claims?.length) return null;
  const keys = claims.map(keyOf);
  // Partial dates that only differ in precision (2019-09 and 2019-09-11) agree: show the most precise.
  const longest = keys.reduce((a, b) => (b.length > a.length ? b : a), '');
  const datesAgree = keys.every((k) => /^\d{4}(-\d{2}){0,2}$/.test(k) && longest.startsWith(k));
  const distinct = datesAgree ? new Set([longest]) : new Set(keys);
  const meta = (c: C) => (
    <>
      {c.asOf && (
        <span className="claim-asof"> {t('asOf', { date: formatPartialDate(c.asOf, locale) })}</span>
      )}
      {c.note && <span className="claim-note"> ({c.note})</span>}
    </>
  );
  if (distinct.size === 1) {
    const first = (claims.find((c) => keyOf(c) === longest) ?? claims[0]) as C;
    const sources = [...new Set(claims.flatMap((c) => c.sources))];
    const reporters = claims.map((c) => c.reportedBy).filter(Boolean);
    return (
      <span className="claim">
        {render(first)}
        <Cite sources={sources} notes={notes} />
        {reporters.length > 0 && (
          <span className="claim-by"> {t('reportedBy', { who: reporters.join('; ') })}</span>
        )}
        {meta(first)}
      </span>
    );
  }
  const asOfs = claims.map((c) => c.asOf);
  const isHistory =
    asOfs.every(Boolean) && new Set(asOfs).size === claims.length && claims.every((c) => !c.reportedBy);
  if (isHistory) {
    const ordered = [...claims].sort((a, b) => ((a.asOf ?? '') < (b.asOf ?? '') ? -1 : 1));
    return (
      <ol className="claim-history">
        {ordered.map((c, i) => (
          <li key={`${keyOf(c)}-${i}`}>
            <span className="claim-when">{formatPartialDate(c.asOf as string, locale)}</span> {render(c)}
            <Cite sources={c.sources} notes={notes} />
            {c.note && <span className="claim-note"> ({c.note})</span>}
          </li>
        ))}
      </ol>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of values, not a form fieldset
    <div className="conflict" role="group" aria-label={t('conflict')}>
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
