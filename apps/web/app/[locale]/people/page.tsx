import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RecordIndex } from '@/components/pages/RecordIndex';
import { pageMetadata } from '@/lib/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as 'en' });
  return pageMetadata({
    locale,
    path: 'people',
    title: t('collections.people'),
    description: t('index.peopleIntro'),
  });
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  return <RecordIndex collection="people" />;
}
