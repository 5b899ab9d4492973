'use client';

import { usePathname } from 'next/navigation';
import { type MouseEvent, useState } from 'react';

interface Props {
  locale: string;
  label: string;
  languages: { code: string; tag: string; name: string }[];
}

/**
 * Links to this same page in the other languages; a <details> menu, so it works without JavaScript. Filters
 * and search queries live in the URL's query and hash, written by the pages with the History API, so the
 * links take them along as they are when the menu opens or a link is followed.
 */
export function LanguageSwitcher({ locale, label, languages }: Props) {
  const pathname = usePathname() ?? `/${locale}`;
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
  const current = languages.find((l) => l.code === locale);
  const [state, setState] = useState('');
  const here = () => `${window.location.search}${window.location.hash}`;
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    const url = new URL(e.currentTarget.href);
    e.currentTarget.href = `${url.pathname}${here()}`;
  };
  return (
    <details className="lang-switcher" onToggle={() => setState(here())}>
      {/* The name read out is "Language: English": it holds the visible word, as WCAG's label-in-name asks
          (an aria-label of "Language" alone hid the word a speech user would say). */}
      <summary>
        {/* A drawn globe, not the usual "文A": a Chinese glyph in every page's header made each browser load
            a CJK font before it could lay out the first screen, in every language. */}
        <svg className="lang-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="6.5" />
          <ellipse cx="8" cy="8" rx="2.7" ry="6.5" />
          <path d="M1.5 8h13M2.6 4.6h10.8M2.6 11.4h10.8" />
        </svg>
        <span className="visually-hidden">{label}: </span>
        <span lang={current?.tag}>{current?.name}</span>
      </summary>
      <ul>
        {languages.map((l) => (
          <li key={l.code}>
            <a
              href={`/${l.code}${rest}${state}`}
              onClick={follow}
              onAuxClick={follow}
              hrefLang={l.tag}
              lang={l.tag}
              aria-current={l.code === locale ? 'true' : undefined}
            >
              {l.name}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
