import { INDICATOR_TOPICS, type Indicator, localize } from '@dostyk/data';
import type { GetStaticProps } from 'next';
import type { ReactElement } from 'react';
import { type ChartPoint, periodToX, renderChart } from './chart';
import { dataset } from './data';
import { localizeDeep } from './localized-props';
import type { PageKit, ShellProps } from './page-kit';
import { localeStaticProps, messagesOf } from './static-page';

const CURRENCY = /^[A-Z]{3}$/;

/** An indicator's unit as the page names it: a currency code as it is, other units by their label. */
export function unitLabel(indicator: Indicator, locale: string): { money: boolean; label: string } {
  const units = messagesOf(locale).units as Record<string, string>;
  const money = CURRENCY.test(indicator.unit) && !(indicator.unit in units);
  return { money, label: money ? indicator.unit : (units[indicator.unit] ?? indicator.unit) };
}

/** The name of each series in the page's language: its label, or its reporter when it has none. */
export function seriesNames(indicator: Indicator, locale: string): string[] {
  return indicator.series.map((s) => (s.label ? localize(s.label, locale).text : s.reporter));
}

/** The indicator's chart as static SVG, drawn at build time (Plot needs a DOM, which the page need not ship). */
export function chartSvg(indicator: Indicator, locale: string): string {
  const names = seriesNames(indicator, locale);
  const points: ChartPoint[] = indicator.series.flatMap((s, i) =>
    s.points.map((p) => ({ series: names[i] as string, x: periodToX(p.period), value: p.value })),
  );
  const targets = (indicator.targets ?? []).map((tg) => ({ x: periodToX(tg.by), value: tg.value }));
  const title = localize(indicator.title, locale).text;
  const yLabel = unitLabel(indicator, locale).label;
  return renderChart({ points, seriesOrder: names, targets, locale, yLabel, title });
}

/** What IndicatorFigure shows: the indicator cut to the page's language, with its names and its chart. */
export interface FigureModel {
  indicator: Indicator;
  names: string[];
  unit: { money: boolean; label: string };
  svg: string;
}

export function figureModel(indicator: Indicator, locale: string): FigureModel {
  return {
    indicator: localizeDeep(indicator, locale),
    names: seriesNames(indicator, locale),
    unit: unitLabel(indicator, locale),
    svg: chartSvg(indicator, locale),
  };
}

export interface FiguresModel {
  topics: { topic: string; label: string; indicators: string[] }[];
  figures: FigureModel[];
}

export type FiguresPageProps = ShellProps & { model: FiguresModel };

export function figuresModel(locale: string): FiguresModel {
  const topicLabels = messagesOf(locale).topics as Record<string, string>;
  // Topics in the model's order (trade first), indicators in dataset order within each.
  const rank = (topic: string) => {
    const i = (INDICATOR_TOPICS as readonly string[]).indexOf(topic);
    return i < 0 ? INDICATOR_TOPICS.length : i;
  };
  const indicators = [...dataset.indicators].sort((a, b) => rank(a.topic) - rank(b.topic));
  const topics = [...new Set(indicators.map((i) => i.topic))];
  return {
    topics: topics.map((topic) => ({
      topic,
      label: topicLabels[topic] ?? topic,
      indicators: indicators.filter((i) => i.topic === topic).map((i) => i.id),
    })),
    figures: indicators.map((i) => figureModel(i, locale)),
  };
}

export const figuresStaticProps = (
  render: (props: FiguresPageProps, kit: PageKit) => ReactElement,
): GetStaticProps<FiguresPageProps, { locale: string }> =>
  localeStaticProps<FiguresPageProps>(
    { path: 'figures', title: 'figures.title', description: 'figures.intro', image: 'figures' },
    (locale) => ({ model: figuresModel(locale) }),
    render,
  );
