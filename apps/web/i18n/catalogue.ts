import { kindLabelsByCollection, labelsOf } from '@dostyk/data/labels';

/**
 * The labels of the data (sectors, statuses, kinds, units, quantity names…) come from the data package's
 * catalogue, under the namespaces the pages read (`sectors.energy`, `metrics.capacity`); the JSON files
 * in messages/ keep only the site's own interface strings.
 */
export function catalogueMessages(locale: string) {
  return {
    sectors: labelsOf('sectors', locale),
    subsectors: labelsOf('subsectors', locale),
    statuses: labelsOf('statuses', locale),
    roles: labelsOf('roles', locale),
    milestones: labelsOf('milestones', locale),
    kinds: kindLabelsByCollection(locale),
    collections: labelsOf('collections', locale),
    units: labelsOf('units', locale),
    metrics: labelsOf('quantities', locale),
    precision: labelsOf('precisions', locale),
    eventKinds: labelsOf('eventKinds', locale),
    agreementKinds: labelsOf('agreementKinds', locale),
    agreementStatuses: labelsOf('agreementStatuses', locale),
    orgKinds: labelsOf('organizationKinds', locale),
    frameworkKinds: labelsOf('frameworkKinds', locale),
    placeKinds: labelsOf('placeKinds', locale),
    topics: labelsOf('topics', locale),
    financingKinds: labelsOf('financingKinds', locale),
    sourceKinds: labelsOf('sourceKinds', locale),
  };
}
export type CatalogueMessages = ReturnType<typeof catalogueMessages> & {
  timeline: { types: Record<string, string> };
};

/** The site's own messages for a locale with the catalogue's labels merged in. */
export function withCatalogue<M extends { timeline: object }>(
  messages: M,
  locale: string,
): M & CatalogueMessages {
  return {
    ...messages,
    ...catalogueMessages(locale),
    timeline: { ...messages.timeline, types: labelsOf('timelineTypes', locale) },
  };
}
