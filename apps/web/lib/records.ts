import { type LocalizedText, localize } from '@dostyk/data';

type Named = { name?: unknown; title?: unknown; id?: string };

/** The display name of any record (projects, people… have `name`; events, agreements, indicators have `title`). */
export function recordTitle(record: Named, locale: string): LocalizedText {
  const text = (record.name ?? record.title) as Parameters<typeof localize>[0] | undefined;
  if (!text) return { text: record.id ?? '', fallback: false, lang: 'en', translated: false };
  return localize(text, locale as Parameters<typeof localize>[1]);
}
