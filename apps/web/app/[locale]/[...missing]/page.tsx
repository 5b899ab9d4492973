import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/pages/NotFoundView';

type Props = { params: Promise<{ locale: string; missing: string[] }> };

/**
 * The localized 404 page, exported as /{locale}/404.html. A static host has no server to call notFound(),
 * so scripts/serve.mjs (and _headers / vercel.json) answer unknown paths under /{locale}/ with this page and
 * status 404.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ missing: ['404'] }];
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as 'en', namespace: 'notFound' });
  return { title: t('title'), robots: { index: false } };
}

export default async function MissingPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  return <NotFoundView />;
}
