/** The display name of any record in the reader's language, with the English fallback marked: the data package's rule. */
export { recordTitle } from '@dostyk/data/rules';
