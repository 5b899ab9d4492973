import { NextIntlClientProvider } from 'next-intl';
import { type ReactNode, useMemo } from 'react';
import type { AppLocale } from '@/i18n/routing';
import { kitFromData, type PageKit, PageKitProvider, type ShellProps } from '@/lib/page-kit';
import { PageHead } from './PageHead';
import { SiteHeader } from './SiteHeader';

/** The header and the page's content; the skip link and the footer are the document's (pages/_document.tsx). */
function Frame({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

/**
 * A page in one language: its head, the skip link, header, main and footer, with the messages and the
 * build-time lookups (`kit`) its components read. `kit` is given only by the build's recording render.
 */
export type { ShellProps };

export function PageShell({
  locale,
  messages,
  data,
  head,
  kit,
  children,
}: ShellProps & { kit?: PageKit; children: ReactNode }) {
  const fromProps = useMemo(() => kitFromData(data, locale), [data, locale]);
  return (
    <NextIntlClientProvider locale={locale as AppLocale} messages={messages} timeZone="UTC">
      <PageKitProvider kit={kit ?? fromProps}>
        <PageHead head={head} />
        <Frame>{children}</Frame>
      </PageKitProvider>
    </NextIntlClientProvider>
  );
}
