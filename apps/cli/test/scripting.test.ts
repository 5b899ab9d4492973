import { readFileSync } from 'node:fs';
import { createQuery, type Dataset, type ProjectFilter, type ProjectSort } from '@dostyk/data';
import { describe, expect, it } from 'vitest';
import { CONTROL, dostyk } from './helpers.js';

/** A usage error: exit 2, one line saying what is wrong, one hint, no stack trace. */
function usage(args: string[]) {
  const r = dostyk(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r.stderr;
}
const ids = (args: string[]) => {
  const r = dostyk([...args, '--json']);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { id: string }[]).map((p) => p.id);
};

describe('strict flags: a value the data does not know exits 2 naming the valid ones, nearest first', () => {
  it('an unknown region names the nearest codes first', () => {
    const err = usage(['projects', '--region', 'XX-99']);
    expect(err).toContain('unknown region "XX-99"');
    const named =
      /expected one of: (.*)/.exec(usage(['projects', '--region', 'KZ-32']))?.[1]?.split(', ') ?? [];
    // One digit away first: KZ-31 and KZ-33 among the first few, Chinese codes far behind.
    expect(named.slice(0, 5)).toEqual(expect.arrayContaining(['KZ-31', 'KZ-33']));
    expect(named.slice(0, 12).every((c) => c.startsWith('KZ-'))).toBe(true);
  });
  it('an unknown sector, status or kind names them all, the nearest first', () => {
    expect(usage(['projects', '--sector', 'minig'])).toMatch(
      /unknown sector "minig"; expected one of: mining, /,
    );
    expect(usage(['projects', '--status', 'operationl'])).toMatch(
      /unknown status "operationl"; expected one of: operational, /,
    );
    expect(usage(['timeline', '--kind', 'evnt'])).toMatch(/unknown kind "evnt"; expected one of: event, /);
  });
  it('an unknown participant or framework names the nearest ids of that kind', () => {
    expect(usage(['projects', '--participant', 'sinopc'])).toMatch(
      /no organization with id "sinopc"[\s\S]*expected one of: sinopec, /,
    );
    // A record of another kind is no participant.
    expect(usage(['projects', '--participant', 'zhanatas-wind-farm'])).toContain('no organization with id');
    expect(usage(['projects', '--framework', 'belt-and-raod'])).toMatch(/expected one of: belt-and-road/);
  });
  it('ids and codes match in any case', () => {
    const sinopec = ids(['projects', '--participant', 'sinopec']);
    expect(sinopec.length).toBeGreaterThan(0);
    expect(ids(['projects', '--participant', 'Sinopec'])).toEqual(sinopec);
    expect(ids(['projects', '--participant', 'SINOPEC'])).toEqual(sinopec);
    expect(ids(['projects', '--region', 'kz-31'])).toEqual(ids(['projects', '--region', 'KZ-31']));
    expect(ids(['projects', '--sector', 'Energy'])).toEqual(ids(['projects', '--sector', 'energy']));
    expect(ids(['projects', '--framework', 'Belt-And-Road'])).toEqual(
      ids(['projects', '--framework', 'belt-and-road']),
    );
    expect(dostyk(['timeline', '--kind', 'Event']).code).toBe(0);
  });
});

describe('show: where an organization or a person appears', () => {
  it('`dostyk show cnpc` lists its projects with roles, stakes and money', () => {
    const r = dostyk(['show', 'cnpc']);
    expect(r.code).toBe(0);
    const section = r.stdout.slice(r.stdout.indexOf('Appears in'));
    expect(section).toMatch(/^Appears in\nProjects \(\d+\):/);
    expect(section).toMatch(/• CNPC-Aktobemunaigas · Owner 85\.42%/);
    expect(section).toMatch(
      /• CNPC stake in the Kashagan oilfield.* · Buyer 8\.33% · .*3,000,000,000 USD \(2013\)/,
    );
  });
  it("a person's record lists their dated events, oldest first", () => {
    const r = dostyk(['show', 'kassym-jomart-tokayev']);
    expect(r.code).toBe(0);
    const events = r.stdout.slice(r.stdout.indexOf('Events ('));
    const count = Number(/^Events \((\d+)\):/.exec(events)?.[1]);
    expect(count).toBeGreaterThanOrEqual(35);
    const dates = [...events.matchAll(/^ {2}• (\d{4}(?:-\d\d){0,2}) {2}\S/gm)].map((m) => m[1]);
    expect(dates).toHaveLength(count);
    expect(dates).toEqual([...dates].sort());
  });
  it('--json carries the same appearances, by id', () => {
    const r = dostyk(['show', 'CNPC', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      appearsIn: { projects: { id: string; roles: { role: string; sharePct?: number }[] }[] };
    };
    expect(out.appearsIn.projects).toContainEqual({
      id: 'cnpc-aktobemunaigas',
      roles: [{ role: 'owner', sharePct: 85.42 }],
      financing: [],
    });
  });
  it('a participant is named with its id, which `show` takes', () => {
    const r = dostyk(['show', 'zhanatas-wind-farm']);
    expect(r.stdout).toMatch(/Frameworks: .*\(belt-and-road\)/);
  });
});

describe('clickable sources', () => {
  it('a pipe gets URLs as plain text; FORCE_HYPERLINK makes each whole URL an OSC 8 link to itself', () => {
    const plain = dostyk(['show', 'cnpc']);
    expect(plain.stdout).not.toMatch(CONTROL);
    const url = 'https://www.cnpc.com.cn/en/Kazakhstan/country_index.shtml';
    expect(plain.stdout).toContain(`    ${url}\n`);
    const linked = dostyk(['show', 'cnpc'], { env: { FORCE_HYPERLINK: '1' } });
    expect(linked.stdout).toContain(`\x1b]8;;${url}\x1b\\${url}\x1b]8;;\x1b\\`);
  });
});

describe('projects --json is the data package’s list, byte for byte', () => {
  // The real dataset as the data package built it, and its query API: what the JSON path must print.
  const dataset = JSON.parse(
    readFileSync(new URL('../../../packages/data/dist/dataset.json', import.meta.url), 'utf8'),
  ) as Dataset;
  const query = createQuery(dataset);
  const cases: [string[], ProjectFilter, ProjectSort][] = [
    [[], {}, 'name'],
    [['--sector', 'energy', '--sort', 'capacity'], { sector: ['energy'] }, 'capacity'],
    [
      ['--status', 'operational', '--from', '2015', '--sort', 'start'],
      { status: ['operational'], from: 2015 },
      'start',
    ],
    [['--region', 'KZ-31', '--seed', '--sort', 'status'], { region: ['KZ-31'], namedInSeed: true }, 'status'],
    [['--participant', 'CNPC', '--sort', 'sector'], { participant: ['cnpc'] }, 'sector'],
    [['--framework', 'belt-and-road', '--sort', 'relevance'], { framework: ['belt-and-road'] }, 'name'],
  ];
  it.each(cases)('dostyk projects %j --json', (args, filter, sort) => {
    const r = dostyk(['projects', ...args, '--json']);
    expect(r.code).toBe(0);
    const expected = `${JSON.stringify(query.projects(filter, sort).items, null, 2)}\n`;
    expect(r.stdout).toBe(expected);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(0);
  });
});
