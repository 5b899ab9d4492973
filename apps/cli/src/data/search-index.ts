import type { SerializedIndex } from '@dostyk/data';
import index from '@dostyk/data/search-index.json' with { type: 'json' };

/**
 * The search index the data package ships. The bundle replaces this module with one that stores the index
 * compressed and inflates it on the first call, so only a search pays for it.
 */
export const searchIndex = (): SerializedIndex => index as SerializedIndex;
