/** `KZ-31` → `Zhambyl Region` (or its name in the language): the data package's rule. */
export { regionName } from '@dostyk/data';
