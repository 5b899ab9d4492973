import { type ExternalIdsLike, externalLinks } from '@dostyk/data';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { label } from '@/lib/i18n-helpers';
import { RecordName } from './Loc';

/** Breadcrumb, kind and name of a record page. */
export function RecordHeader({
  collection,
  record,
  aliases,
  children,
}: {
  collection: string;
  record: { id: string; name?: unknown; title?: unknown; externalIds?: ExternalIdsLike };
  aliases?: string[];
  children?: ReactNode;
}) {
  const locale = useLocale();
  const tc = useTranslations('collections');
  const tn = useTranslations('site.nav');
  const tk = useTranslations('kinds');
  const tr = useTranslations('record');
  const external = externalLinks(record.externalIds);
  return (
    <header className="record-header">
      <nav aria-label={tn('breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <a href={`/${locale}`}>{tn('home')}</a>
          </li>
          <li>
            <a href={`/${locale}/${collection}`}>{label(tc, collection)}</a>
          </li>
        </ol>
      </nav>
      <p className="record-kind">{label(tk, collection)}</p>
      <h1>
        <RecordName record={record} markTranslated />
      </h1>
      {aliases && aliases.length > 0 && <p className="aliases">{aliases.join(' · ')}</p>}
      {external.length > 0 && (
        <p className="external-ids">
          {tr('externalIds')}:{' '}
          {external.map((x, i) => (
            <span key={`${x.scheme}-${x.id}`}>
              {i > 0 && ' · '}
              {x.url ? (
                <a href={x.url} rel="noopener noreferrer external" className="external">
                  {x.dataset} {x.id}
                </a>
              ) : (
                `${x.dataset} ${x.id}`
              )}
            </span>
          ))}
        </p>
      )}
      {children}
    </header>
  );
}
