import { describe, expect, it } from 'vitest';
import { baseMap } from '@/lib/geo';
import { COUNTRY_LABELS } from '@/lib/geo-frame';

describe('the map frame', () => {
  it('keeps the country label positions pages use equal to what the projection gives', () => {
    expect([...COUNTRY_LABELS]).toEqual(baseMap().labels);
  });
});
