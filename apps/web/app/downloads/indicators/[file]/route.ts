import { toCsv } from '@dostyk/data';
import { dataset } from '@/lib/data';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const ids = dataset.indicators.map((i) => i.id);
  return (ids.length ? ids : ['none']).map((id) => ({ file: `${id}.csv` }));
}

/** One indicator as CSV: a row per point, with its series, reporter and the URLs of its sources. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const id = file.replace(/\.csv$/, '');
  const indicator = dataset.indicators.find((i) => i.id === id);
  const url = new Map(dataset.sources.map((s) => [s.id, s.url]));
  const rows = (indicator?.series ?? []).flatMap((s) =>
    s.points.map((p) => ({
      indicator: id,
      series: s.id,
      reporter: s.reporter,
      period: p.period,
      value: p.value,
      unit: indicator?.unit ?? '',
      note: p.note ?? '',
      sources: p.sources.map((src) => url.get(src) ?? src).join(' '),
    })),
  );
  return new Response(
    toCsv(rows, {
      columns: ['indicator', 'series', 'reporter', 'period', 'value', 'unit', 'note', 'sources'],
    }),
    {
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    },
  );
}
