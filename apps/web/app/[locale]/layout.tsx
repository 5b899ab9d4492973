import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { LOCALE_TAGS, routing } from '@/i18n/routing';
import { SITE_URL } from '@/lib/links';
import { type PageKit, setServerKit } from '@/lib/page-kit';
import { recordingKit } from '@/lib/page-kit-build';
import '../globals.css';

// Server components read records and formats through the same kit as Pages Router pages, from the dataset.
const kits = new Map<string, PageKit>();
setServerKit((locale) => {
  const kit = kits.get(locale) ?? recordingKit(locale);
  kits.set(locale, kit);
  return kit;
});

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#14161a' },
  ],
};

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as 'en', namespace: 'site' });
  return {
    ...(SITE_URL ? { metadataBase: new URL(SITE_URL) } : {}),
    title: { default: `Dostyk · ${t('tagline')}`, template: '%s · Dostyk' },
    description: t('description'),
    icons: { icon: '/favicon.svg' },
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale as Locale);
  const t = await getTranslations({ locale, namespace: 'site' });
  return (
    <html lang={LOCALE_TAGS[locale]}>
      <body>
        <a href="#main" className="skip-link">
          {t('skip')}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
