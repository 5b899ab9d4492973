/** A region's name in the reader's language: the data package's rule. */
export { regionName } from '@dostyk/data/rules';
