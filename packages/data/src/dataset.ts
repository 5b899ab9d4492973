import type { Dataset } from './schema/dataset.js';

/**
 * The whole validated dataset. This module is a stand-in for type-checking and tests of the source: the
 * build replaces its compiled form with `export const dataset = JSON.parse('…')`, which engines parse faster
 * than an object literal. Nothing is validated at import: the build already did.
 */
export const dataset: Dataset = {
  version: '0.0.0',
  generated: '',
  projects: [],
  events: [],
  agreements: [],
  people: [],
  organizations: [],
  frameworks: [],
  places: [],
  areas: [],
  indicators: [],
  relationships: [],
  sources: [],
};
