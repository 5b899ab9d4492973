'use client';

import { useEffect, useState } from 'react';
import { loadQuery } from '@/lib/client-query';
import { plural } from '@/lib/format';
import { recordHref } from '@/lib/links';

interface Labels {
  label: string;
  submit: string;
  empty: string;
  loading: string;
  failed: string;
  noResults: string;
  count: Partial<Record<Intl.LDMLPluralRule, string>>;
  kinds: Record<string, string>;
  fallbackMark: string;
  fallbackTitle: string;
}

interface Hit {
  id: string;
  collection: string;
  title: string;
  lang: string;
  fallback: boolean;
  summary: string;
  summaryLang: string;
  summaryFallback: boolean;
}

/** Results of a search across all records; the query is `?q=` so a search can be shared. */
export function SearchResults({ locale, labels }: { locale: string; labels: Labels }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'ready' | 'failed'>('idle');

  useEffect(() => {
    const read = () => setText(new URLSearchParams(window.location.search).get('q')?.slice(0, 200) ?? '');
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);

  useEffect(() => {
    if (!text.trim()) {
      setHits(null);
      return;
    }
    let cancelled = false;
    setState('loading');
    loadQuery()
      .then(({ query: q, kit }) => {
        if (cancelled) return;
        setHits(
          q.search(text, { limit: 50 }).flatMap((h): Hit[] => {
            const rec = q.get(h.id);
            if (!rec) return [];
            const title = kit.recordTitle(rec.record, locale);
            const summary = kit.localize(
              (rec.record as { summary?: Parameters<typeof kit.localize>[0] }).summary,
              locale,
            );
            return [
              {
                id: h.id,
                collection: rec.collection,
                title: title.text,
                lang: title.lang,
                fallback: title.fallback,
                summary: summary.text,
                summaryLang: summary.lang,
                summaryFallback: summary.fallback,
              },
            ];
          }),
        );
        setState('ready');
      })
      .catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
    };
  }, [text, locale]);

  return (
    <div className="search-page">
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not in React 19's JSX types yet */}
      <form
        role="search"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          window.history.pushState(null, '', `${window.location.pathname}?q=${encodeURIComponent(text)}`);
        }}
      >
        <label htmlFor="search-page-q">{labels.label}</label>
        <div className="search-row">
          <input
            id="search-page-q"
            type="search"
            name="q"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="button">
            {labels.submit}
          </button>
        </div>
      </form>
      <p className="results-count" aria-live="polite">
        {state === 'loading'
          ? labels.loading
          : state === 'failed'
            ? labels.failed
            : hits === null
              ? labels.empty
              : hits.length === 0
                ? labels.noResults
                : plural(locale, hits.length, labels.count)}
      </p>
      {hits && hits.length > 0 && (
        <ol className="search-hits">
          {hits.map((h) => (
            <li key={`${h.collection}/${h.id}`}>
              <a href={recordHref(locale, h.collection, h.id)} lang={h.lang === 'zh' ? 'zh-Hans' : h.lang}>
                {h.title}
              </a>
              {h.fallback && (
                <abbr className="fallback-mark" title={labels.fallbackTitle}>
                  {labels.fallbackMark}
                </abbr>
              )}{' '}
              <span className="hit-kind">{labels.kinds[h.collection] ?? h.collection}</span>
              {h.summary && (
                <p className="muted" lang={h.summaryLang === 'zh' ? 'zh-Hans' : h.summaryLang}>
                  {h.summary}
                  {h.summaryFallback && (
                    <abbr className="fallback-mark" title={labels.fallbackTitle}>
                      {labels.fallbackMark}
                    </abbr>
                  )}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
