import type { Localized } from '@dostyk/data';
import { localize } from '@dostyk/data';
import { useLocale, useTranslations } from 'next-intl';
import { LOCALE_TAGS } from '@/i18n/routing';
import { recordTitle } from '@/lib/records';

const tagOf = (lang: string) => LOCALE_TAGS[lang as keyof typeof LOCALE_TAGS] ?? lang;

/** The mark shown beside text that is in English because no translation exists yet. */
export function FallbackMark() {
  const t = useTranslations('fallback');
  return (
    <abbr className="fallback-mark" title={t('title')}>
      {t('mark')}
    </abbr>
  );
}

/** The quiet mark beside text that is the project's own translation rather than as published in that language. */
export function TranslatedMark() {
  const t = useTranslations('translated');
  return (
    <abbr className="translated-mark" title={t('title')}>
      {t('mark')}
    </abbr>
  );
}

/**
 * Record text in the page's language, or English with a visible mark; `lang` says which one it is. A plain
 * string (a location's name not yet translated) is English.
 */
export function Loc({
  value,
  as: Tag = 'span',
}: {
  value: Localized | string | undefined;
  as?: 'span' | 'p' | 'div';
}) {
  const locale = useLocale();
  if (!value) return null;
  const l = localize(value, locale);
  return (
    <Tag lang={tagOf(l.lang)}>
      {l.text}
      {l.fallback && (
        <>
          {' '}
          <FallbackMark />
        </>
      )}
      {l.translated && !l.fallback && (
        <>
          {' '}
          <TranslatedMark />
        </>
      )}
    </Tag>
  );
}

/**
 * The name of any record in the page's language, marked when it fell back to English; with `markTranslated`
 * (a record's own heading) also when it is the project's own translation. Lists and links leave that out.
 */
export function RecordName({
  record,
  markTranslated = false,
}: {
  record: { name?: unknown; title?: unknown; id?: string };
  markTranslated?: boolean;
}) {
  const locale = useLocale();
  const l = recordTitle(record, locale);
  return (
    <span lang={tagOf(l.lang)}>
      {l.text}
      {l.fallback && <FallbackMark />}
      {markTranslated && l.translated && !l.fallback && (
        <>
          {' '}
          <TranslatedMark />
        </>
      )}
    </span>
  );
}
