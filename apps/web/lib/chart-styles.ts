/** One reporter's series: distinct colour, symbol AND dash pattern, so colour is never the only cue. */
export const SERIES_STYLES = [
  { color: '#2563eb', symbol: 'circle', dash: '' },
  { color: '#d97706', symbol: 'square', dash: '6 3' },
  { color: '#0d9488', symbol: 'triangle', dash: '2 3' },
  { color: '#c026d3', symbol: 'diamond', dash: '8 3 2 3' },
  { color: '#64748b', symbol: 'cross', dash: '1 2' },
] as const;
