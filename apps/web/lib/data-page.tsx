import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { GetStaticProps } from 'next';
import type { ReactElement } from 'react';
import { dataset } from './data';
import { formatNumber } from './format';
import type { PageKit, ShellProps } from './page-kit';
import { localeStaticProps } from './static-page';

const DOWNLOADS = join(process.cwd(), 'public', 'downloads');

/** The data page's files and sizes (formatted for its language), version and changelog. */
export interface DataModel {
  version: string;
  generated?: string;
  jsonSize: string;
  geojsonSize: string;
  csv: { name: string; size: string }[];
  schemas: { name: string }[];
  changelog: string;
}

export type DataPageProps = ShellProps & { model: DataModel };

function files(sub: string): { name: string; size: number }[] {
  const dir = join(DOWNLOADS, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort()
    .map((name) => ({ name, size: statSync(join(dir, name)).size }));
}

function size(name: string): number | undefined {
  const p = join(DOWNLOADS, name);
  return existsSync(p) ? statSync(p).size : undefined;
}

export function dataModel(locale: string): DataModel {
  const kb = (n: number | undefined) =>
    n === undefined ? '' : `${formatNumber(Math.max(1, Math.round(n / 1024)), locale)} KB`;
  const changelogPath = join(DOWNLOADS, 'CHANGELOG.md');
  return {
    version: dataset.version,
    ...(dataset.generated ? { generated: dataset.generated.slice(0, 10) } : {}),
    jsonSize: kb(Buffer.byteLength(JSON.stringify(dataset))),
    geojsonSize: kb(size('places.geojson')),
    csv: files('csv').map((f) => ({ name: f.name, size: kb(f.size) })),
    schemas: files('json-schema').map((f) => ({ name: f.name })),
    changelog: existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8').trim() : '',
  };
}

export const dataStaticProps = (
  render: (props: DataPageProps, kit: PageKit) => ReactElement,
): GetStaticProps<DataPageProps, { locale: string }> =>
  localeStaticProps<DataPageProps>(
    { path: 'data', title: 'data.title', description: 'data.intro', image: 'data' },
    (locale) => ({ model: dataModel(locale) }),
    render,
  );
