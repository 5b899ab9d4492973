import { LOCALE_NAMES, LOCALE_TAGS, LOCALES } from '@/i18n/routing';
import '../../app/globals.css';

/** The root document shared by `/` and the global 404: the five languages as plain links. */
export function LanguageChooser({ heading, note }: { heading: string; note?: string }) {
  return (
    <html lang="en">
      <head>
        <meta name="color-scheme" content="light dark" />
      </head>
      <body>
        <main id="main" className="chooser">
          <p className="brand chooser-brand">
            <span className="brand-mark" aria-hidden="true">
              ◆
            </span>{' '}
            <span className="brand-name">Dostyk</span>
          </p>
          <h1>{heading}</h1>
          {note && <p>{note}</p>}
          <ul className="chooser-list">
            {LOCALES.map((l) => (
              <li key={l}>
                <a href={`/${l}`} hrefLang={LOCALE_TAGS[l]} lang={LOCALE_TAGS[l]}>
                  {LOCALE_NAMES[l]}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
