import { useLocale, useTranslations } from 'next-intl';
import { sourceOf } from '@/lib/data';
import { formatPartialDate } from '@/lib/format';
import { safeHttpUrl } from '@/lib/links';
import type { SourceNotes } from './notes';

function languageName(code: string | undefined, locale: string): string | undefined {
  if (!code) return undefined;
  try {
    return new Intl.DisplayNames([locale === 'zh' ? 'zh-CN' : locale], { type: 'language' }).of(code);
  } catch {
    return code;
  }
}

/** An external link that can neither reach back to this page nor leak it as referrer; only http(s) URLs. */
export function ExternalLink({ href, children }: { href: string | undefined; children: React.ReactNode }) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} rel="noopener noreferrer external" className="external">
      {children}
    </a>
  );
}

/** The numbered sources of a record page; claims point here with [n]. */
export function SourceList({ notes, heading = true }: { notes: SourceNotes; heading?: boolean }) {
  const headingId = `${notes.prefix}-heading`;
  const t = useTranslations('record');
  const locale = useLocale();
  return (
    <section className="sources" aria-labelledby={heading ? headingId : undefined}>
      {heading && <h2 id={headingId}>{t('sources')}</h2>}
      <ol className="source-list">
        {notes.ids.map((id, i) => {
          const s = sourceOf(id);
          if (!s) return null;
          const host = (() => {
            try {
              return new URL(s.url).hostname.replace(/^www\./, '');
            } catch {
              return s.url;
            }
          })();
          return (
            <li key={id} id={notes.anchor(i + 1)} value={i + 1}>
              <span className="source-publisher">{s.publisher}</span>
              {s.title && (
                <>
                  {', '}
                  <ExternalLink href={s.url}>
                    <cite lang={s.language}>{s.title}</cite>
                  </ExternalLink>
                </>
              )}
              {s.date && <span>, {formatPartialDate(s.date, locale)}</span>}
              {s.language && <span className="source-lang"> ({languageName(s.language, locale)})</span>}
              {'. '}
              {!s.title && <ExternalLink href={s.url}>{host}</ExternalLink>}
              {s.title && <span className="source-host">{host}</span>}
              {s.archived && (
                <>
                  {' · '}
                  <ExternalLink href={s.archived}>{t('archived')}</ExternalLink>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
