/** The five languages of the dataset and the interface (apart from the strings, so that starting loads none). */
export const LANGS = ['en', 'it', 'ru', 'kk', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (s: string): s is Lang => (LANGS as readonly string[]).includes(s);
