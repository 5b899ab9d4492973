import { REGIONS } from '@dostyk/data';

/** A region's name in the reader's language (proper names: English when no translation, without a mark). */
export function regionName(code: string, locale: string): string {
  const r = REGIONS[code];
  if (!r) return code;
  return (r as Record<string, string | undefined>)[locale] ?? r.en;
}
