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
  record: { id: string; name?: unknown; title?: unknown };
  aliases?: string[];
  children?: ReactNode;
}) {
  const locale = useLocale();
  const tc = useTranslations('collections');
  const tn = useTranslations('site.nav');
  const tk = useTranslations('kinds');
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
        <RecordName record={record} />
      </h1>
      {aliases && aliases.length > 0 && <p className="aliases">{aliases.join(' · ')}</p>}
      {children}
    </header>
  );
}
