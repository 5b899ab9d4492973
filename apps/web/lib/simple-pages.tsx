import type { RecordKind } from '@dostyk/data';
import { KIND_OF } from '@dostyk/data/labels';
import type { GetStaticProps } from 'next';
import type { ReactElement } from 'react';
import { dataset } from './data';
import { pageHead } from './metadata';
import type { PageKit, ShellProps } from './page-kit';
import { messagesOf, shellProps, translator } from './static-page';

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

export function searchStaticProps(render: Render<SearchPageProps>): GetStaticProps<SearchPageProps> {
  return async ({ params }) => {
    const locale = String(params?.locale ?? 'en');
    const t = translator(locale);
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
    const head = {
      ...pageHead({
        locale,
        path: 'search',
        title: t('search.pageTitle'),
        description: t('search.pageIntro'),
      }),
      noindex: true,
    };
    return { props: shellProps<SearchPageProps>({ locale, labels, head }, render) };
  };
}

/** The localized 404 page, exported as /{locale}/404.html (scripts/serve.mjs answers unknown paths with it). */
export function notFoundStaticProps(render: Render<NotFoundPageProps>): GetStaticProps<NotFoundPageProps> {
  return async ({ params }) => {
    const locale = String(params?.locale ?? 'en');
    const t = translator(locale);
    const head = {
      ...pageHead({ locale, path: '404', title: t('notFound.title'), description: t('notFound.body') }),
      noindex: true,
    };
    return { props: shellProps<NotFoundPageProps>({ locale, head }, render) };
  };
}
