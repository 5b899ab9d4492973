import type { Dataset, Indicator } from './schema/dataset.js';
import type { Localized } from './schema/primitives.js';

type Series = Indicator['series'][number];
type Point = Series['points'][number];

/** A series with fewer points than this is sparse: too few to read a trend from. */
export const SPARSE_BELOW = 8;

/** Whether a series has too few points to read a trend from (fewer than {@link SPARSE_BELOW}). */
export function isSparse(series: { points: readonly unknown[] }): boolean {
  return series.points.length < SPARSE_BELOW;
}

/** The distinct years a series has points for, ascending (a monthly point counts for its year). */
export function seriesYears(series: Pick<Series, 'points'>): number[] {
  return [...new Set(series.points.map((p) => Number(p.period.slice(0, 4))))].sort((a, b) => a - b);
}

/** Years as runs: `[1992, 1998, 2000, 2001, 2002]` → `1992, 1998, 2000–2002`. */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return runs.join(', ');
}

/** One series in an overview of the figures: who reports it, which years, and whether it is sparse. */
export interface SeriesSummary {
  indicatorId: string;
  seriesId: string;
  reporter: string;
  unit: string;
  points: number;
  years: number[];
  sparse: boolean;
  derived: boolean;
}

/** Every series of every indicator, then the derived mirror-gap series, with reporter, years and sparseness. */
export function figureSummaries(dataset: Pick<Dataset, 'indicators'>): SeriesSummary[] {
  const measured = dataset.indicators.flatMap((ind) =>
    ind.series.map((s) => ({
      indicatorId: ind.id,
      seriesId: s.id,
      reporter: s.reporter,
      unit: ind.unit,
      points: s.points.length,
      years: seriesYears(s),
      sparse: isSparse(s),
      derived: false,
    })),
  );
  const derived = mirrorGaps(dataset).map((g) => ({
    indicatorId: g.indicatorId,
    seriesId: g.id,
    reporter: g.reporter,
    unit: g.unit,
    points: g.points.length,
    years: g.points.map((p) => Number(p.period)),
    sparse: isSparse(g),
    derived: true,
  }));
  return [...measured, ...derived];
}

/** One year of a mirror-statistics gap, with both reported values and their sources. */
export interface MirrorGapPoint {
  period: string;
  /** What the exporting country reported as its exports. */
  exporterValue: number;
  /** What the importing country reported as its imports. */
  importerValue: number;
  /** The exporter's figure minus the importer's figure (positive: the importer records less than was shipped). */
  gap: number;
  /** The importer's figure as a share of the exporter's, e.g. 0.66. */
  ratio: number;
  sources: string[];
}

/** The mirror-statistics gap of one flow: the exporter's and the importer's figures for the same goods. */
export interface MirrorGap {
  id: string;
  indicatorId: string;
  from: string;
  to: string;
  unit: string;
  exporterSeries: string;
  importerSeries: string;
  reporter: string;
  points: MirrorGapPoint[];
  method: Localized;
}

/** How the gap is computed, in the five languages (the project's own wording). */
export const MIRROR_GAP_METHOD: Localized = {
  en: "The exporting country's reported exports minus the importing country's reported imports of the same flow, for each full year both report; nothing is interpolated. Imports are usually valued with freight and insurance (CIF) and exports without (FOB), so the importer's figure should run a few percent above the exporter's and the gap be slightly negative; a large positive gap points to goods not declared on entry, transit or re-exports, or different country-of-origin rules.",
  it: "Le esportazioni dichiarate dal paese esportatore meno le importazioni dichiarate dal paese importatore per lo stesso flusso, per ogni anno intero in cui entrambi riportano un dato; nulla è interpolato. Le importazioni si valutano di solito con nolo e assicurazione (CIF) e le esportazioni senza (FOB), quindi il dato dell'importatore dovrebbe superare di qualche punto percentuale quello dell'esportatore e il divario essere di poco negativo; un ampio divario positivo indica merci non dichiarate all'ingresso, transito o riesportazioni, o regole d'origine diverse.",
  ru: 'Экспорт, заявленный страной-экспортёром, минус импорт, заявленный страной-импортёром, по одному и тому же потоку, за каждый полный год, по которому есть данные обеих сторон; ничего не интерполируется. Импорт обычно оценивается с фрахтом и страховкой (CIF), экспорт без них (FOB), поэтому цифра импортёра должна быть на несколько процентов выше, а разрыв слегка отрицательным; большой положительный разрыв указывает на товары, не задекларированные при ввозе, транзит или реэкспорт либо разные правила происхождения.',
  kk: 'Экспорттаушы елдің мәлімдеген экспорты минус импорттаушы елдің сол ағын бойынша мәлімдеген импорты, екі жақтың да деректері бар әр толық жыл үшін; ештеңе интерполяцияланбайды. Импорт әдетте фрахт пен сақтандырумен (CIF), экспорт оларсыз (FOB) бағаланады, сондықтан импорттаушының көрсеткіші бірнеше пайызға жоғары, ал айырма сәл теріс болуы тиіс; үлкен оң айырма кіргенде декларацияланбаған тауарды, транзитті не реэкспортты немесе шығу тегі ережелерінің айырмасын көрсетеді.',
  zh: '同一贸易流向中，出口国申报的出口额减去进口国申报的进口额，只计双方都有全年数据的年份，不作插值。进口通常按含运费和保险费的到岸价（CIF）计，出口按离岸价（FOB）计，因此进口方数字本应略高几个百分点、差额略为负数；若差额明显为正，则表明入境时存在未申报货物、过境或转口贸易，或原产地规则不同。',
  translated: ['it', 'ru', 'kk', 'zh'],
};

const isYear = (p: Point) => /^\d{4}$/.test(p.period);

/**
 * The mirror-statistics gap of every flow that has both sides' series in one indicator: for each year both
 * report, the exporter's export figure minus the importer's import figure. Derived here from the records, never
 * stored, so it follows every correction of the national series.
 */
export function mirrorGaps(dataset: Pick<Dataset, 'indicators'>): MirrorGap[] {
  const out: MirrorGap[] = [];
  for (const ind of dataset.indicators) {
    const flows = ind.series.filter((s) => s.flow);
    for (const exp of flows.filter((s) => s.flow?.side === 'exporter')) {
      for (const imp of flows.filter(
        (s) => s.flow?.side === 'importer' && s.flow.from === exp.flow?.from && s.flow.to === exp.flow?.to,
      )) {
        const imports = new Map(imp.points.filter(isYear).map((p) => [p.period, p]));
        const points: MirrorGapPoint[] = [];
        for (const e of exp.points.filter(isYear)) {
          const i = imports.get(e.period);
          if (!i) continue;
          points.push({
            period: e.period,
            exporterValue: e.value,
            importerValue: i.value,
            gap: e.value - i.value,
            ratio: i.value / e.value,
            sources: [...new Set([...e.sources, ...i.sources])],
          });
        }
        points.sort((a, b) => a.period.localeCompare(b.period));
        const flow = exp.flow as NonNullable<Series['flow']>;
        out.push({
          id: `mirror-gap-${flow.from.toLowerCase()}-${flow.to.toLowerCase()}`,
          indicatorId: ind.id,
          from: flow.from,
          to: flow.to,
          unit: ind.unit,
          exporterSeries: exp.id,
          importerSeries: imp.id,
          reporter: `Derived: ${exp.reporter} minus ${imp.reporter}`,
          points,
          method: MIRROR_GAP_METHOD,
        });
      }
    }
  }
  return out;
}
