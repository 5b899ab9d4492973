/** The frame every map uses: Kazakhstan whole, China's Xinjiang and the Caspian shore in view. */
export const MAP_BOUNDS = { west: 45.5, east: 96, south: 34.5, north: 56 } as const;
export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 470;

/**
 * Where the country names sit on every map, in map pixels: `baseMap().labels` (lib/geo.ts) as the build
 * projects them, kept here so that pages do not ship the projection (test/geo.test.ts keeps them equal).
 */
export const COUNTRY_LABELS: readonly { code: string; x: number; y: number }[] = [
  { code: 'CN', x: 624, y: 334 },
  { code: 'KZ', x: 359, y: 197 },
  { code: 'KG', x: 456, y: 327 },
  { code: 'MN', x: 694, y: 178 },
  { code: 'RU', x: 303, y: 67 },
  { code: 'TJ', x: 401, y: 384 },
  { code: 'TM', x: 213, y: 371 },
  { code: 'UZ', x: 282, y: 318 },
];
