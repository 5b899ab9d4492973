/** `@dostyk/data/schema`: the Zod schemas, the single source of truth for the model. */

export { datasetJsonSchema, recordJsonSchema, recordJsonSchemas } from '../export/json-schema.js';
export * from './agreement.js';
export * from './claim.js';
export * from './common.js';
export * from './dataset.js';
export * from './entities.js';
export * from './event.js';
export * from './indicator.js';
export * from './kinds.js';
export * from './place.js';
export * from './primitives.js';
export * from './project.js';
export * from './regions.js';
export * from './source.js';
export * from './units.js';
