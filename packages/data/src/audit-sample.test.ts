import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { auditSheet, claimsOf, drawClaims } from './audit-sample.js';

const records = fileURLToPath(new URL('../records/', import.meta.url));
const read = (file: string) => claimsOf(file, parse(readFileSync(`${records}${file}`, 'utf8')));

describe('self-audit sample', () => {
  const zhanatas = read('projects/zhanatas-wind-farm.yaml');

  it('finds every sourced value of a real record, with its sources resolved to URLs', () => {
    const start = zhanatas.find((c) => c.path === 'dates.constructionStart[0]');
    expect(start?.value).toBe('{"value":"2019-07-15"}');
    expect(start?.sources).toEqual([{ key: 'sasac', url: 'http://en.sasac.gov.cn/2021/06/23/c_7253.htm' }]);
    expect(zhanatas.some((c) => c.path === 'quantities.capacity[0]')).toBe(true);
    // The source map itself is not a claim.
    expect(zhanatas.some((c) => c.path.startsWith('sources'))).toBe(false);
  });

  it('draws the same distinct claims from the same seed, and others from another', () => {
    const a = drawClaims(zhanatas, 5, 7);
    expect(drawClaims(zhanatas, 5, 7)).toEqual(a);
    expect(new Set(a.map((c) => c.path)).size).toBe(5);
    expect(drawClaims(zhanatas, 5, 8)).not.toEqual(a);
    expect(drawClaims(zhanatas, 10_000, 1)).toHaveLength(zhanatas.length);
  });

  it('writes a sheet with a verdict line per claim', () => {
    const sheet = auditSheet(drawClaims(zhanatas, 3, 1), '# Sample');
    expect(sheet.match(/- verdict: \(to check\)/g)).toHaveLength(3);
    expect(sheet).toMatch(/^1\. `projects\/zhanatas-wind-farm\.yaml`/m);
  });
});
