import Head from 'next/head';
import { LOCALE_NAMES, LOCALE_TAGS, LOCALES } from '@/i18n/routing';

/** The page at `/`: the five languages as plain links. */
export function LanguageChooser({
  title,
  heading,
  note,
  description,
}: {
  title: string;
  heading: string;
  note?: string;
  description?: string;
}) {
  return (
    <>
      <ChooserHead title={title} description={description} />
      <ChooserMain heading={heading} note={note} />
    </>
  );
}

function ChooserHead({ title, description }: { title: string; description?: string }) {
  return (
    <Head>
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="color-scheme" content="light dark" />
      <title>{title}</title>
      {description && <meta name="description" content={description} />}
      <link rel="icon" href="/favicon.svg" />
    </Head>
  );
}

/** The brand, a heading and the five languages: the body of `/` and of the global 404. */
export function ChooserMain({ heading, note }: { heading: string; note?: string | undefined }) {
  return (
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
  );
}
