'use client';

import type { RecordKind } from '@dostyk/data';
import { useEffect, useState } from 'react';
import { loadQuery } from '@/lib/client-query';
import { plural } from '@/lib/format';
import { recordHref } from '@/lib/links';
import { siteSearch } from '@/lib/search-hits';
import type { SearchLabels as Labels } from '@/lib/simple-pages';
import { HitKind } from './HitKind';

/** The address of a search: `?q=` and, when one is chosen, `&kind=`. */
function pushUrl(text: string, kind: string) {
  const kindParam = kind ? `&kind=${encodeURIComponent(kind)}` : '';
  window.history.pushState(null, '', `${window.location.pathname}?q=${encodeURIComponent(text)}${kindParam}`);
}

interface Hit {
  id: string;
  collection: string;
  date?: string;
  title: string;
  lang: string;
  fallback: boolean;
  summary: string;
  summaryLang: string;
  summaryFallback: boolean;
}

/**
 * Results of a search across all records, best first, with the kind and date of each; the query is `?q=`
 * and the kind `?kind=` so a search can be shared.
 */
export function SearchResults({ locale, labels }: { locale: string; labels: Labels }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<RecordKind | ''>('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'ready' | 'failed'>('idle');

  useEffect(() => {
    const read = () => {
      const params = new URLSearchParams(window.location.search);
      setText(params.get('q')?.slice(0, 200) ?? '');
      // A kind the filter does not offer is ignored, not a search that can find nothing.
      const asked = params.get('kind');
      setKind(labels.kindOptions.find((o) => o.kind === asked)?.kind ?? '');
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [labels.kindOptions]);

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
          siteSearch(q, text, { limit: 50, ...(kind ? { kinds: [kind] } : {}) }).flatMap((h): Hit[] => {
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
                ...(h.date ? { date: h.date } : {}),
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
  }, [text, kind, locale]);

  return (
    <div className="search-page">
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not in React 19's JSX types yet */}
      <form
        role="search"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          pushUrl(text, kind);
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
          <label htmlFor="search-page-kind" className="visually-hidden">
            {labels.kindFilter}
          </label>
          <select
            id="search-page-kind"
            name="kind"
            value={kind}
            onChange={(e) => {
              const next = e.target.value as RecordKind | '';
              setKind(next);
              // Choosing a kind is a view of its own, like a filter on the projects page.
              pushUrl(text, next);
            }}
          >
            <option value="">{labels.anyKind}</option>
            {labels.kindOptions.map((o) => (
              <option key={o.kind} value={o.kind}>
                {o.label}
              </option>
            ))}
          </select>
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
              <HitKind kind={labels.kinds[h.collection] ?? h.collection} date={h.date} locale={locale} />
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
