import { useTranslations } from 'next-intl';
import type { SourceNotes } from './notes';

/** Footnote markers for the sources of one claim: [1][3]. */
export function Cite({ sources, notes }: { sources: readonly string[] | undefined; notes: SourceNotes }) {
  const t = useTranslations('record');
  if (!sources?.length) return null;
  return (
    <sup className="cite">
      {sources.map((id) => {
        const n = notes.ensure(id);
        return (
          <a key={id} href={`#${notes.anchor(n)}`} aria-label={t('sourceN', { n })} className="cite-link">
            [{n}]
          </a>
        );
      })}
    </sup>
  );
}
