import { englishText, isSparse, mirrorGaps, type Project } from '@dostyk/data';
import { describe, expect, it } from 'vitest';
import { IndicatorFigure } from '@/components/figures/IndicatorFigure';
import { AtlasMap } from '@/components/map/AtlasMap';
import { HomeView } from '@/components/pages/HomeView';
import { RecordIndex } from '@/components/pages/RecordIndex';
import {
  AgreementView,
  EventView,
  FrameworkView,
  OrganizationView,
  PersonView,
  PlaceView,
} from '@/components/record/EntityViews';
import { ProjectView } from '@/components/record/ProjectView';
import { dataset, query } from '@/lib/data';
import { figureModel } from '@/lib/figures-page';
import { homeModel } from '@/lib/home-page';
import { projectMapItems } from '@/lib/map-items';
import { indexRows } from '@/lib/record-index';
import { dom, MESSAGES, render, type TestLocale } from './render';

const LOCALES = Object.keys(MESSAGES) as TestLocale[];

/** A project whose sources disagree on some value (several claims with different values and reporters). */
function projectWithConflict(): Project | undefined {
  return dataset.projects.find(
    (p) =>
      Object.values(p.quantities ?? {}).some(
        (claims) => new Set(claims.map((c) => `${c.value} ${c.unit}`)).size > 1,
      ) || new Set((p.cost ?? []).map((c) => `${c.amount} ${c.currency}`)).size > 1,
  );
}

async function checkLinks(html: string) {
  const doc = await dom(html);
  for (const a of doc.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    expect(href, 'no javascript: or data: links').toMatch(/^(https?:\/\/|\/|#)/);
    if (/^https?:/.test(href)) {
      const rel = a.getAttribute('rel') ?? '';
      expect(rel).toContain('noopener');
      expect(rel).toContain('noreferrer');
    }
  }
  // Every footnote marker points at a listed source.
  for (const a of doc.querySelectorAll('a.cite-link')) {
    const id = (a.getAttribute('href') ?? '').slice(1);
    expect(doc.getElementById(id), `footnote target ${id}`).toBeTruthy();
  }
  return doc;
}

describe('project pages, rendered with the real dataset', () => {
  const project = dataset.projects.find((p) => p.id === 'zhanatas-wind-farm') ?? dataset.projects[0];
  it('has projects to render', () => {
    expect(dataset.projects.length).toBeGreaterThan(0);
    expect(project).toBeDefined();
  });

  for (const locale of LOCALES) {
    it(`shows every sourced field of a project in ${locale}`, async () => {
      const p = project as Project;
      const html = render(<ProjectView project={p} related={query.related(p.id)} />, locale);
      const doc = await checkLinks(html);
      const h1 = doc.querySelector('h1');
      expect(h1?.textContent).toContain(p.name[locale] ?? p.name.en);
      // The sources section lists every source the record cites, each with its publisher and a link.
      const items = doc.querySelectorAll('.source-list li');
      expect(items.length).toBeGreaterThanOrEqual(p.sources.length);
      const first = dataset.sources.find((s) => s.id === p.sources[0]);
      expect(html).toContain(first?.publisher.replace(/&/g, '&amp;').replace(/'/g, '&#x27;') ?? '');
      expect(doc.querySelectorAll('a.cite-link').length).toBeGreaterThan(0);
      expect(html).toContain(MESSAGES[locale].record.citeThis);
    });
  }

  it('shows conflicting values side by side with who reported each', async () => {
    const p = projectWithConflict();
    expect(p, 'the dataset has at least one conflict').toBeDefined();
    const html = render(<ProjectView project={p as Project} related={query.related((p as Project).id)} />);
    const doc = await dom(html);
    const conflict = doc.querySelector('.conflict');
    expect(conflict?.getAttribute('aria-label')).toBe('Sources disagree');
    expect(conflict?.querySelectorAll('li').length).toBeGreaterThan(1);
    expect(conflict?.textContent).toMatch(/reported by|reporter not named/);
  });

  it('marks record text that falls back to English', async () => {
    const p = dataset.projects.find((x) => !x.summary.kk);
    if (!p) return;
    const html = render(<ProjectView project={p} related={query.related(p.id)} />, 'kk');
    const doc = await dom(html);
    const mark = doc.querySelector('.fallback-mark');
    expect(mark?.textContent).toBe('EN');
    expect(mark?.getAttribute('title')).toBe(MESSAGES.kk.fallback.title);
    expect(doc.querySelector('p[lang="en"]')).toBeTruthy();
  });

  it('names a location in the page language where the record gives it, and marks English ones', async () => {
    const p = project as Project;
    const name = p.places?.[0]?.name;
    expect(typeof name === 'object' && name.kk, 'Zhanatas names its location in Kazakh').toBeTruthy();
    const doc = await dom(render(<ProjectView project={p} related={query.related(p.id)} />, 'kk'));
    const cell = doc.querySelector('.table-wrap td [lang="kk"]');
    expect(cell?.textContent).toContain((name as { kk: string }).kk);
    expect(cell?.querySelector('.translated-mark')).toBeTruthy();
    // The map's point is named the same way.
    expect(doc.querySelector('.atlas-item')?.getAttribute('aria-label')).toContain(
      (name as { kk: string }).kk,
    );
    // A location named in English only (the model allows plain text) reads as English, marked as such.
    const e: Project = { ...p, places: p.places?.map((l) => ({ ...l, name: englishText(l.name) })) };
    const edoc = await dom(render(<ProjectView project={e} related={query.related(e.id)} />, 'kk'));
    const ecell = edoc.querySelector('.table-wrap td [lang="en"]');
    expect(ecell?.textContent).toContain(englishText(name as { en: string }));
    expect(ecell?.querySelector('.fallback-mark')).toBeTruthy();
  });

  it('shows the official project list: item as listed → record → status now', async () => {
    const f = dataset.frameworks.find((x) => x.id === 'kz-cn-industrial-capacity-cooperation');
    expect(f?.lists?.length).toBeGreaterThan(0);
    if (!f) return;
    const doc = await dom(render(<FrameworkView record={f} related={query.related(f.id)} />, 'zh'));
    const section = doc.querySelector('[aria-labelledby="list-heading"]');
    expect(section?.querySelector('h2')?.textContent).toBe(MESSAGES.zh.framework.list);
    const rows = [...(section?.querySelectorAll('tbody tr') ?? [])];
    const items = f.lists?.flatMap((e) => e.items ?? []) ?? [];
    expect(rows.length).toBe(items.length);
    for (const [i, item] of items.entries()) {
      const cells = rows[i]?.querySelectorAll('td') ?? [];
      expect(cells[0]?.textContent).toContain(item.listed);
      if (item.project) expect(cells[1]?.querySelector('a')?.getAttribute('href')).toContain(item.project);
      else expect(cells[1]?.textContent).toBe(MESSAGES.zh.framework.unmatched);
    }
  });

  it('links the anchors’ ids of a record to their pages', async () => {
    const p = dataset.projects.find((x) => x.externalIds?.aiddata?.length);
    expect(p, 'a project with an AidData id').toBeDefined();
    if (!p) return;
    const doc = await dom(render(<ProjectView project={p} related={query.related(p.id)} />, 'ru'));
    const line = doc.querySelector('.external-ids');
    expect(line?.textContent).toContain(MESSAGES.ru.record.externalIds);
    const hrefs = [...(line?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(p.externalIds?.aiddata?.map((n) => `https://china.aiddata.org/projects/${n}`));
  });
});

describe('the atlas', () => {
  it('draws every located project as a focusable, named link inside the frame', async () => {
    const all = query.projects({}, 'name').items;
    const items = projectMapItems(all, 'en');
    const html = render(<AtlasMap items={items} title="Map" sectorLabels={MESSAGES.en.sectors} />);
    const doc = await dom(html);
    const svg = doc.querySelector('svg.atlas-svg');
    expect(svg?.getAttribute('role')).toBe('group');
    const links = doc.querySelectorAll('a.atlas-item');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('aria-label')).toBeTruthy();
      expect(a.getAttribute('href')).toMatch(/^\/en\/projects\/[a-z0-9-]+$/);
      // Named with the sector's label after the project's name.
      expect(a.getAttribute('aria-label')).toMatch(/ \([^()]+\)$/);
    }
    expect(
      doc.querySelector('a.atlas-item[data-project="zhanatas-wind-farm"]')?.getAttribute('aria-label'),
    ).toBe('Zhanatas Wind Farm (Energy)');
    // The borders and the country names are shared static SVGs (names one per language).
    expect(doc.querySelector('image[href="/atlas/base.svg"]')).toBeTruthy();
    expect(doc.querySelector('image[href="/atlas/labels/en.svg"]')).toBeTruthy();
  });
  it('labels countries in the reader’s language', async () => {
    expect(render(<AtlasMap items={[]} title="Карта" />, 'kk')).toContain('href="/atlas/labels/kk.svg"');
    const { GET } = await import('@/app/atlas/labels/[file]/route');
    const labels = async (file: string) =>
      (await GET(new Request('http://x/'), { params: Promise.resolve({ file }) })).text();
    expect(await labels('kk.svg')).toContain('>Қазақстан<');
    expect(await labels('zh.svg')).toContain('>哈萨克斯坦<');
    expect(await labels('en.svg')).toContain('>Kazakhstan<');
  });
});

describe('other pages', () => {
  for (const locale of LOCALES) {
    it(`renders the home page in ${locale}`, async () => {
      const html = render(<HomeView model={homeModel(locale)} />, locale);
      const doc = await checkLinks(html);
      expect(doc.querySelector('h1')?.textContent).toBe(MESSAGES[locale].home.title);
      expect(doc.querySelector('svg.atlas-svg')).toBeTruthy();
      // Counts, the partnership ladder's links and the seed projects all name real records.
      expect(doc.querySelectorAll('.stat-number').length).toBe(4);
      expect(doc.querySelectorAll('.seed-list a').length).toBe(
        dataset.projects.filter((p) => p.namedInSeed).length,
      );
    });
  }

  for (const collection of [
    'people',
    'organizations',
    'frameworks',
    'places',
    'events',
    'agreements',
  ] as const) {
    it(`lists every record of ${collection}`, async () => {
      const doc = await dom(
        render(<RecordIndex collection={collection} rows={indexRows(collection, 'ru')} />, 'ru'),
      );
      expect(doc.querySelectorAll('tbody tr').length).toBe(dataset[collection].length);
    });
  }

  const views = [
    ['events', EventView],
    ['agreements', AgreementView],
    ['people', PersonView],
    ['organizations', OrganizationView],
    ['frameworks', FrameworkView],
    ['places', PlaceView],
  ] as const;
  for (const [collection, View] of views) {
    it(`renders a ${collection} record with its sources and back-links`, async () => {
      const record = dataset[collection][0];
      if (!record) return;
      const Any = View as unknown as (p: { record: unknown; related: unknown }) => React.ReactNode;
      const html = render(<Any record={record} related={query.related(record.id)} />, 'zh');
      const doc = await checkLinks(html);
      expect(doc.querySelector('h1')).toBeTruthy();
      expect(doc.querySelectorAll('.source-list li').length).toBeGreaterThan(0);
    });
  }

  it('charts an indicator with a series per reporter, a table and a CSV link', async () => {
    const indicator = dataset.indicators.find((i) => i.series.length > 0);
    if (!indicator) return;
    const doc = await dom(render(<IndicatorFigure figure={figureModel(indicator, 'it')} />, 'it'));
    expect(doc.querySelector('.chart-svg svg')).toBeTruthy();
    expect(doc.querySelectorAll('.chart-legend li').length).toBeGreaterThanOrEqual(indicator.series.length);
    expect(doc.querySelectorAll('table thead th').length).toBe(indicator.series.length + 1);
    expect(doc.querySelector(`a[href="/downloads/indicators/${indicator.id}.csv"]`)).toBeTruthy();
  });

  it('shows the mirror-statistics gap the data package derives, and marks sparse series', async () => {
    const indicator = dataset.indicators.find((i) => i.id === 'exports-china-to-kazakhstan');
    expect(indicator).toBeTruthy();
    if (!indicator) return;
    const [gap] = mirrorGaps({ indicators: [indicator] });
    const doc = await dom(render(<IndicatorFigure figure={figureModel(indicator, 'ru')} />, 'ru'));
    const rows = doc.querySelectorAll('.mirror-gap tbody tr');
    expect(rows.length).toBe(gap?.points.length);
    expect(rows[0]?.querySelector('th')?.textContent).toBe(gap?.points[0]?.period);
    expect(doc.querySelector('.mirror-gap h3')?.textContent).toContain('зеркальной');
    const sparse = indicator.series.filter((s) => isSparse(s)).length;
    expect(doc.querySelectorAll('.chart-legend .sparse').length).toBe(sparse);
  });
});

describe('the shared base map', () => {
  it('draws Kazakhstan and China, with a dark variant', async () => {
    const { GET } = await import('@/app/atlas/base.svg/route');
    const svg = await GET().text();
    expect(svg).toContain('class="kz"');
    expect(svg).toContain('class="cn"');
    expect(svg).toContain('prefers-color-scheme: dark');
    expect(svg.length).toBeLessThan(120_000);
  });
});
