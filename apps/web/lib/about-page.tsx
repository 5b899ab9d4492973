import type { GetStaticProps } from 'next';
import type { ReactElement } from 'react';
import { dataset } from './data';
import { formatNumber } from './format';
import { languageName, type PageKit, type ShellProps } from './page-kit';
import { localeStaticProps } from './static-page';

/** The figures the about page states, formatted for its language. */
export interface AboutFigures {
  sources: string;
  publishers: string;
  /** Languages of the sources, most cited first. */
  languages: { code: string; name: string; count: string }[];
  /** The 24 most cited publishers (names as published). */
  top: { name: string; count: number }[];
}

export type AboutPageProps = ShellProps & { figures: AboutFigures };

export function aboutFigures(locale: string): AboutFigures {
  const publishers = new Map<string, number>();
  for (const s of dataset.sources) publishers.set(s.publisher, (publishers.get(s.publisher) ?? 0) + 1);
  const top = [...publishers.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 24);
  const languages = new Map<string, number>();
  for (const s of dataset.sources)
    if (s.language) languages.set(s.language, (languages.get(s.language) ?? 0) + 1);
  return {
    sources: formatNumber(dataset.sources.length, locale),
    publishers: formatNumber(publishers.size, locale),
    languages: [...languages.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => ({
        code,
        name: languageName(code, locale) ?? code,
        count: formatNumber(n, locale),
      })),
    top: top.map(([name, count]) => ({ name, count })),
  };
}

export const aboutStaticProps = (
  render: (props: AboutPageProps, kit: PageKit) => ReactElement,
): GetStaticProps<AboutPageProps, { locale: string }> =>
  localeStaticProps<AboutPageProps>(
    { path: 'about', title: 'about.title', description: 'about.intro' },
    (locale) => ({ figures: aboutFigures(locale) }),
    render,
  );
