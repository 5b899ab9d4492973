'use client';

import { usePathname } from 'next/navigation';

interface Props {
  locale: string;
  label: string;
  languages: { code: string; tag: string; name: string }[];
}

/** Links to this same page in the other languages; a <details> menu, so it works without JavaScript. */
export function LanguageSwitcher({ locale, label, languages }: Props) {
  const pathname = usePathname() ?? `/${locale}`;
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
  const current = languages.find((l) => l.code === locale);
  return (
    <details className="lang-switcher">
      <summary aria-label={label}>
        <span aria-hidden="true" className="lang-icon">
          文A
        </span>
        <span lang={current?.tag}>{current?.name}</span>
      </summary>
      <ul>
        {languages.map((l) => (
          <li key={l.code}>
            <a
              href={`/${l.code}${rest}`}
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
