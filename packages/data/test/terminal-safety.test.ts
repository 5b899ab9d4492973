/**
 * Terminal safety of the data: nothing in the built dataset can clear a screen, change a window title,
 * ring a bell or reverse text, and the validator refuses a record that tries, naming file, line and field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UNSAFE_CHARS } from '../src/schema/primitives.js';
import { formatProblem, validateRecords } from '../src/validate/index.js';

const dist = (name: string) => readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8');

/** Every string (keys included) under a JSON value that carries an unsafe character, with its path. */
function unsafeStrings(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return UNSAFE_CHARS.test(value) ? [`${path}: ${JSON.stringify(value)}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unsafeStrings(v, `${path}.${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [
      ...(UNSAFE_CHARS.test(k) ? [`${path}: key ${JSON.stringify(k)}`] : []),
      ...unsafeStrings(v, `${path}.${k}`),
    ]);
  return [];
}

describe('the built data carries no control, escape or bidi characters', () => {
  it('dataset.json: no string anywhere', () => {
    const dataset = JSON.parse(dist('dataset.json')) as unknown;
    let strings = 0;
    JSON.stringify(dataset, (_k, v) => {
      if (typeof v === 'string') strings++;
      return v;
    });
    expect(strings).toBeGreaterThan(10_000);
    expect(unsafeStrings(dataset)).toEqual([]);
  });

  it('places.geojson and the search index: no string anywhere', () => {
    expect(unsafeStrings(JSON.parse(dist('places.geojson')))).toEqual([]);
    expect(unsafeStrings(JSON.parse(dist('search-index.json')))).toEqual([]);
  });
});

/**
 * A valid project with one text field per line; `{{path}}` marks where each field's text goes, so the
 * test knows the line and path the validator must name.
 */
const TEMPLATE = `name:
  en: {{name.en}}
  ru: {{name.ru}}
aliases:
  - {{aliases.0}}
summary:
  en: {{summary.en}}
sector: energy
subsector: wind
status:
  - value: operational
    asOf: "2021-06-20"
    reportedBy: {{status.0.reportedBy}}
    note: {{status.0.note}}
    sources: [sasac]
places:
  - name: {{places.0.name}}
    country: KZ
    region: KZ-31
    lon: 69.75
    lat: 43.57
    precision: settlement
    sources: [sasac]
quantities:
  capacity:
    - value: 100
      unit: MW
      reportedBy: {{quantities.capacity.0.reportedBy}}
      sources: [sasac]
facts:
  - text:
      en: {{facts.0.text.en}}
    sources: [sasac]
controversies:
  - text:
      zh: {{controversies.0.text.zh}}
      en: {{controversies.0.text.en}}
    sources: [sasac]
sources:
  sasac:
    url: http://en.sasac.gov.cn/2021/06/23/c_7253.htm
    publisher: {{sources.sasac.publisher}}
    title: {{sources.sasac.title}}
    kind: official-cn
`;
const TEXT: Record<string, string> = {
  'name.en': 'Zhanatas Wind Farm',
  'name.ru': 'Ветровая электростанция Жанатас',
  'aliases.0': 'Zhanatas WPP',
  'summary.en': 'A 100 MW wind farm near the town of Zhanatas.',
  'status.0.reportedBy': 'SASAC',
  'status.0.note': 'fully operational',
  'places.0.name': 'near Zhanatas town',
  'quantities.capacity.0.reportedBy': 'China Daily',
  'facts.0.text.en': 'The largest wind farm in Central Asia when it opened.',
  'controversies.0.text.zh': '扎纳塔斯风电场',
  'controversies.0.text.en': 'None reported.',
  'sources.sasac.publisher': 'SASAC (China Daily)',
  'sources.sasac.title': 'Largest wind farm in Central Asia fully operational',
};
const FILE = 'projects/zhanatas-wind-farm.yaml';

/** The record with every field's text, each written as a YAML double-quoted string (JSON escapes work). */
const render = (text: Record<string, string>) =>
  TEMPLATE.replace(/\{\{([^}]+)\}\}/g, (_m, path: string) => JSON.stringify(text[path]));
const lineOf = (path: string) => TEMPLATE.split('\n').findIndex((l) => l.includes(`{{${path}}}`)) + 1;

const SEQUENCES: [name: string, text: string][] = [
  ['clear screen (ESC[2J)', '\u001b[2J'],
  ['clear scrollback and home (ESC[3J ESC[H)', '\u001b[3J\u001b[H'],
  ['window title (OSC 0 … BEL)', '\u001b]0;owned\u0007'],
  ['window title (OSC 2 … ST)', '\u001b]2;owned\u001b\\'],
  ['hyperlink (OSC 8)', '\u001b]8;;https://example.org\u001b\\'],
  ['bell (BEL)', '\u0007'],
  ['C1 control sequence introducer (CSI 0x9B)', '\u009b2J'],
  ['right-to-left override (U+202E)', '\u202e'],
  ['bidi isolate (U+2067)', '\u2067'],
  ['carriage return over the line (CR)', '\rfake'],
];

describe('validateRecords refuses escape sequences in any text field', () => {
  it('accepts the clean record the cases are made from', async () => {
    const { problems, dataset } = await validateRecords([{ file: FILE, text: render(TEXT) }]);
    expect(problems).toEqual([]);
    expect(dataset?.projects[0]?.name.en).toBe('Zhanatas Wind Farm');
  });

  it.each(SEQUENCES)('%s: every field, with file, line and path', async (_name, sequence) => {
    // One file per field, all checked at once (the ids differ so that they do not clash).
    const paths = Object.keys(TEXT);
    const inputs = paths.map((path, i) => ({
      file: `projects/case-${i}.yaml`,
      text: render({ ...TEXT, [path]: `${TEXT[path]?.slice(0, 8)}${sequence}${TEXT[path]?.slice(8)}` }),
    }));
    const { problems, dataset } = await validateRecords(inputs);
    expect(dataset).toBeUndefined();
    const errors = problems.filter((p) => p.severity === 'error');
    paths.forEach((path, i) => {
      expect(errors.filter((p) => p.file === `projects/case-${i}.yaml`)).toEqual([
        {
          file: `projects/case-${i}.yaml`,
          line: lineOf(path),
          path,
          message: 'contains a control or escape character',
          hint: 'remove it; plain text only',
          severity: 'error',
        },
      ]);
    });
    // What a terminal would print is inert.
    for (const p of problems) expect(formatProblem(p)).not.toMatch(UNSAFE_CHARS);
  });
});
