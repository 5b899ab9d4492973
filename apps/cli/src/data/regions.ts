import { REGIONS } from '@dostyk/data';
import type { Lang } from '../i18n/messages.js';

/** `KZ-31` → `Zhambyl Region` (or its name in `lang`), the code itself when unknown. */
export const regionName = (code: string, lang: Lang): string => {
  const r = (REGIONS as Record<string, Partial<Record<Lang, string>> & { en: string }>)[code];
  return r ? (r[lang] ?? r.en) : code;
};
