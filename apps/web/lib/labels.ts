import type { Facets } from '@dostyk/data';
import { localize } from '@dostyk/data';
import { query } from './data';
import type { RowLabels } from './project-rows';
import { regionName } from './regions';
import { messagesOf, translator } from './static-page';

/** Labels of the values of a facet, as plain strings for client components. */
export function rowLabels(locale: string): RowLabels {
  const t = translator(locale);
  const messages = messagesOf(locale);
  const facets = query.projects({}).facets;
  const regions = Object.fromEntries(facets.region.map((r) => [r.value, regionName(r.value, locale)]));
  return {
    sectors: messages.sectors,
    subsectors: messages.subsectors,
    statuses: messages.statuses,
    regions,
    fallbackMark: t('fallback.mark'),
    fallbackTitle: t('fallback.title'),
    seed: t('project.namedInSeed'),
    umbrella: t('project.umbrella'),
    pledge: t('project.pledge'),
    sector: t('project.sector'),
    status: t('project.status'),
    region: t('place.region'),
    years: t('explorer.facets.years'),
  };
}

/** Names of organizations, frameworks and areas that appear as facet values. */
export function facetValueLabels(facets: Facets, locale: string) {
  const name = (id: string) => {
    const hit = query.get(id);
    const rec = hit?.record as { name?: Parameters<typeof localize>[0] } | undefined;
    return rec?.name ? localize(rec.name, locale).text : id;
  };
  const map = (list: { value: string }[]) => Object.fromEntries(list.map((v) => [v.value, name(v.value)]));
  return { participant: map(facets.participant), framework: map(facets.framework), area: map(facets.area) };
}
