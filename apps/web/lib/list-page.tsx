import type { GetStaticProps } from 'next';
import type { ReactElement } from 'react';
import type { PageKit, ShellProps } from './page-kit';
import { type IndexCollection, type IndexRow, indexRows } from './record-index';
import { localeStaticProps } from './static-page';

export type ListPageProps = ShellProps & { collection: IndexCollection; rows: IndexRow[] };

/** getStaticProps of a collection's list page: its rows, computed and formatted for the page's language. */
export const listStaticProps = (
  collection: IndexCollection,
  render: (props: ListPageProps, kit: PageKit) => ReactElement,
): GetStaticProps<ListPageProps, { locale: string }> =>
  localeStaticProps<ListPageProps>(
    { path: collection, title: `collections.${collection}`, description: `index.${collection}Intro` },
    (locale) => ({ collection, rows: indexRows(collection, locale) }),
    render,
  );
