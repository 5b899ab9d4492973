import type { GetStaticProps } from 'next';
import type { ReactElement } from 'react';
import { pageHead } from './metadata';
import type { PageKit, ShellProps } from './page-kit';
import { type IndexCollection, type IndexRow, indexRows } from './record-index';
import { shellProps, translator } from './static-page';

export type ListPageProps = ShellProps & { collection: IndexCollection; rows: IndexRow[] };

/** getStaticProps of a collection's list page: its rows, computed and formatted for the page's language. */
export function listStaticProps(
  collection: IndexCollection,
  render: (props: ListPageProps, kit: PageKit) => ReactElement,
): GetStaticProps<ListPageProps, { locale: string }> {
  return async ({ params }) => {
    const locale = params?.locale ?? 'en';
    const t = translator(locale);
    const props = shellProps<ListPageProps>(
      {
        locale,
        collection,
        rows: indexRows(collection, locale),
        head: pageHead({
          locale,
          path: collection,
          title: t(`collections.${collection}`),
          description: t(`index.${collection}Intro`),
        }),
      },
      render,
    );
    return { props };
  };
}
