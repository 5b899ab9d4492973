import { useTranslations } from 'next-intl';
import { safeHttpUrl } from '@/lib/links';
import { usePageKit } from '@/lib/page-kit';
import type { SourceNotes } from './notes';

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
  const kit = usePageKit();
  return (
    <section className="sources" aria-labelledby={heading ? headingId : undefined}>
      {heading && <h2 id={headingId}>{t('sources')}</h2>}
      <ol className="source-list">
        {notes.ids.map((id, i) => {
          const s = kit.source(id);
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
              {s.date && <span>, {kit.date(s.date)}</span>}
              {s.language && <span className="source-lang"> ({kit.language(s.language)})</span>}
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
