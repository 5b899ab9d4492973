/**
 * Looks up a message whose key comes from the data (a sector, a role, a unit). Unknown values (a new enum
 * member the messages do not know yet) show as the raw value instead of breaking the build.
 */
export type LooseT = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

export function label(t: unknown, key: string): string {
  const tt = t as LooseT;
  if (tt.has(key)) return tt(key);
  const raw = (key.split('.').pop() ?? key).replace(/-/g, ' ');
  return raw.charAt(0).toUpperCase() + raw.slice(1);
}

/** Country names from the runtime's CLDR data, in the reader's language. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale === 'zh' ? 'zh-CN' : locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
