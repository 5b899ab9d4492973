/**
 * Locale-aware formatting of partial dates, numbers and money: the data package's rules (the terminal
 * explorer and the JSON outputs use the same ones), from its small `rules` entry so client code stays light.
 */
export { formatMoney, formatNumber, formatPartialDate, plural } from '@dostyk/data/rules';
