import type { RecordKind } from '@dostyk/data';
import { KIND_OF } from '@dostyk/data/labels';
import type { GetStaticProps } from 'next';
import type { ReactElement } from 'react';
import { dataset } from './data';
import type { PageKit, ShellProps } from './page-kit';
import { localeStaticProps, messagesOf } from './static-page';

/** What the search results (a client component) are told in the page's language. */
export interface SearchLabels {
  label: string;
  submit: string;
  empty: string;
  loading: string;
  failed: string;
  noResults: string;
  count: Partial<Record<Intl.LDMLPluralRule, string>>;
  kinds: Record<string, string>;
  /** The kind filter: its label, the choice of every kind, and the kinds that have records. */
  kindFilter: string;
  kindOptions: { kind: RecordKind; label: string }[];
  anyKind: string;
  fallbackMark: string;
  fallbackTitle: string;
}

export type SearchPageProps = ShellProps & { labels: SearchLabels };
export type NotFoundPageProps = ShellProps;

type Render<P> = (props: P, kit: PageKit) => ReactElement;

export const searchStaticProps = (
  render: Render<SearchPageProps>,
): GetStaticProps<SearchPageProps, { locale: string }> =>
  localeStaticProps<SearchPageProps>(
    { path: 'search', title: 'search.pageTitle', description: 'search.pageIntro', noindex: true },
    (locale, t) => {
      const messages = messagesOf(locale);
      const kinds = messages.kinds;
      // The kind filter offers the kinds that have records, in the catalogue's order of collections.
      const kindOptions = (Object.keys(kinds) as (keyof typeof KIND_OF)[])
        .filter((c) => dataset[c].length > 0)
        .map((c) => ({ kind: KIND_OF[c], label: kinds[c] }));
      const labels: SearchLabels = {
        label: t('search.label'),
        submit: t('search.submit'),
        empty: t('search.empty'),
        loading: t('search.loading'),
        failed: t('search.failed'),
        noResults: t('search.noResults'),
        count: messages.search.count,
        kinds,
        kindOptions,
        kindFilter: t('search.kindFilter'),
        anyKind: t('search.anyKind'),
        fallbackMark: t('fallback.mark'),
        fallbackTitle: t('fallback.title'),
      };
      return { labels };
    },
    render,
  );

/** The localized 404 page, exported as /{locale}/404.html (scripts/serve.mjs answers unknown paths with it). */
export const notFoundStaticProps = (
  render: Render<NotFoundPageProps>,
): GetStaticProps<NotFoundPageProps, { locale: string }> =>
  localeStaticProps<NotFoundPageProps>(
    { path: '404', title: 'notFound.title', description: 'notFound.body', noindex: true },
    () => ({}),
    render,
  );
