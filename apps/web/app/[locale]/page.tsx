import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HomeView } from '@/components/pages/HomeView';
import { pageMetadata } from '@/lib/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as 'en', namespace: 'site' });
  return {
    ...pageMetadata({ locale, path: '', title: `Dostyk · ${t('tagline')}`, description: t('description') }),
    title: { absolute: `Dostyk · ${t('tagline')}` },
  };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  return <HomeView />;
}
