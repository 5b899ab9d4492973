'use client';

import { type KeyboardEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { loadQuery } from '@/lib/client-query';
import { recordHref } from '@/lib/links';
import { siteSearch } from '@/lib/search-hits';
import { HitKind } from '../search/HitKind';

export interface HeaderSearchLabels {
  label: string;
  placeholder: string;
  submit: string;
  loading: string;
  noResults: string;
  failed: string;
  shortcut: string;
  fallbackMark: string;
  fallbackTitle: string;
}

interface Hit {
  id: string;
  collection: string;
  /** The record's kind in the page's language (the data package's label, loaded with the dataset). */
  kind: string;
  date?: string;
  title: string;
  lang: string;
  fallback: boolean;
}

/**
 * Search across every record, from the header. Without JavaScript it is a plain GET form to the search page;
 * with it, results appear as you type (a combobox), and `/` focuses it from anywhere.
 */
export function HeaderSearch({ locale, labels }: { locale: string; labels: HeaderSearchLabels }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [state, setState] = useState<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(true);
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.metaKey || e.ctrlKey || e.altKey) return;
      const el = document.activeElement as HTMLElement | null;
      if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
      e.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const run = useCallback(
    async (value: string) => {
      if (!value.trim()) {
        setHits([]);
        return;
      }
      if (state !== 'ready') setState('loading');
      try {
        const { query: q, kit } = await loadQuery();
        const kinds = kit.kindLabelsByCollection(locale) as Record<string, string>;
        const found = siteSearch(q, value, { limit: 8 }).flatMap((h): Hit[] => {
          const rec = q.get(h.id);
          if (!rec) return [];
          const title = kit.recordTitle(rec.record, locale);
          return [
            {
              id: h.id,
              collection: rec.collection,
              kind: kinds[rec.collection] ?? rec.collection,
              ...(h.date ? { date: h.date } : {}),
              title: title.text,
              lang: title.lang,
              fallback: title.fallback,
            },
          ];
        });
        setHits(found);
        setActive(-1);
        setState('ready');
      } catch {
        setState('failed');
      }
    },
    [locale, state],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (e.key === 'Enter' && active >= 0 && hits[active]) {
      e.preventDefault();
      const h = hits[active];
      window.location.assign(recordHref(locale, h.collection, h.id));
    }
  };

  const showList = open && text.trim().length > 0;
  // The ARIA combobox pattern: the input keeps focus, options are marked with aria-activedescendant.
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not in React 19's JSX types yet
    <form
      role="search"
      action={`/${locale}/search`}
      method="get"
      className="header-search"
      data-ready={ready ? '' : undefined}
      onSubmit={(e) => {
        if (!text.trim()) e.preventDefault();
      }}
    >
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {labels.label}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        name="q"
        autoComplete="off"
        spellCheck={false}
        placeholder={labels.placeholder}
        value={text}
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-opt-${active}` : undefined}
        aria-keyshortcuts="/"
        onFocus={() => {
          setOpen(true);
          void loadQuery().catch(() => setState('failed'));
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          void run(e.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <span className="header-search-key" aria-hidden="true" title={labels.shortcut}>
        /
      </span>
      <button type="submit" className="visually-hidden">
        {labels.submit}
      </button>
      <div className="header-search-popup" hidden={!showList}>
        <ul id={`${listId}-list`} role="listbox" aria-label={labels.label}>
          {hits.map((h, i) => (
            <li
              key={`${h.collection}/${h.id}`}
              id={`${listId}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
            >
              <a href={recordHref(locale, h.collection, h.id)} tabIndex={-1}>
                <span lang={h.lang === 'zh' ? 'zh-Hans' : h.lang}>
                  {h.title}
                  {h.fallback && (
                    <abbr className="fallback-mark" title={labels.fallbackTitle}>
                      {labels.fallbackMark}
                    </abbr>
                  )}
                </span>
                <HitKind kind={h.kind} date={h.date} locale={locale} />
              </a>
            </li>
          ))}
        </ul>
        <p className="header-search-status" aria-live="polite">
          {state === 'loading'
            ? labels.loading
            : state === 'failed'
              ? labels.failed
              : state === 'ready' && hits.length === 0
                ? labels.noResults
                : ''}
        </p>
      </div>
    </form>
  );
}
