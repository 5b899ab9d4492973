/**
 * The anchors' ids of a record as links: one place decides how each dataset's id becomes an address, so the
 * web and the terminal show the same thing.
 */

/** The ids a record may carry (the shape of `externalIds` in `src/schema/common.ts`). */
export interface ExternalIdsLike {
  aiddata?: readonly number[];
  gem?: readonly string[];
  wikidata?: string;
}

export interface ExternalLink {
  scheme: 'aiddata' | 'gem' | 'wikidata';
  /** The dataset's own name, not translated. */
  dataset: string;
  id: string;
  /**
   * The page of that id, where the dataset documents an address built from the id. Global Energy Monitor's
   * wiki pages are named by title, not id, so its ids are shown as text.
   */
  url?: string;
}

/** Every external id of a record in a stable order: AidData, Global Energy Monitor, Wikidata. */
export function externalLinks(ids: ExternalIdsLike | undefined): ExternalLink[] {
  if (!ids) return [];
  return [
    ...(ids.aiddata ?? []).map((n) => ({
      scheme: 'aiddata' as const,
      dataset: 'AidData',
      id: String(n),
      url: `https://china.aiddata.org/projects/${n}`,
    })),
    ...(ids.gem ?? []).map((id) => ({ scheme: 'gem' as const, dataset: 'Global Energy Monitor', id })),
    ...(ids.wikidata
      ? [
          {
            scheme: 'wikidata' as const,
            dataset: 'Wikidata',
            id: ids.wikidata,
            url: `https://www.wikidata.org/wiki/${ids.wikidata}`,
          },
        ]
      : []),
  ];
}
