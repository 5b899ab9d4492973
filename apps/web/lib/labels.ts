import type { Facets } from '@dostyk/data';
import { localize } from '@dostyk/data';
import type { Locale } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { dataset, query } from './data';
import { label } from './i18n-helpers';
import type { RowLabels } from './project-rows';
import { regionName } from './regions';

/** Labels of the values of a facet, as plain strings for client components. */
export async function rowLabels(locale: string): Promise<RowLabels> {
  const t = await getTranslations({ locale: locale as 'en' });
  const messages = await getMessages({ locale: locale as Locale });
  const sectors: Record<string, string> = messages.sectors;
  const statuses: Record<string, string> = messages.statuses;
  const subsectors: Record<string, string> = messages.subsectors;
  const facets = query.projects({}).facets;
  const regions = Object.fromEntries(facets.region.map((r) => [r.value, regionName(r.value, locale)]));
  return {
    sectors,
    subsectors,
    statuses,
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

export { dataset, label };
