import type { Collection, Query } from '@dostyk/data';
import { useMemo } from 'react';
import { type Indicator, indicatorLines } from '../../commands/figures.js';
import { describe, type SourceRef } from '../../data/describe.js';
import type { Rec } from '../../data/records.js';
import { type Lang, translator } from '../../i18n/messages.js';
import { type Line, wrapAll } from '../../text/styled.js';

export interface RecordRef {
  id: string;
  collection: Collection;
}

export interface Detail {
  title: string;
  lines: Line[];
  sources: SourceRef[];
  /** Wrapped line index of each source's entry in the Sources list, by source number. */
  sourceLine: Map<number, number>;
  /** Links to other records, top to bottom: the id each opens and the wrapped line it starts on. */
  links: { id: string; line: number }[];
}

/** A record described for a pane of `width` columns: figures first for indicators, then every field. */
export function useDetail(
  query: Query | undefined,
  ref: RecordRef | undefined,
  lang: Lang,
  width: number,
): Detail | undefined {
  return useMemo(() => {
    if (!ref || !query) return undefined;
    const hit = query.get(ref.id);
    if (!hit) return undefined;
    const record = hit.record as Rec;
    const d = describe(query, hit.collection, record, lang);
    const charts =
      hit.collection === 'indicators'
        ? [
            ...indicatorLines(
              { lang, t: translator(lang) },
              record as unknown as Indicator,
              (record as unknown as Indicator).series,
              width,
            ).slice(1),
            [],
          ]
        : [];
    const [kindLine = [], ...fields] = d.lines;
    const lines = wrapAll(
      charts.length > 0 ? [kindLine, [], ...charts, ...fields] : d.lines,
      Math.max(10, width),
    );
    const sourceLine = new Map<number, number>();
    lines.forEach((l, i) => {
      const m = /^\[(\d+)\] $/.exec(l[0]?.text ?? '');
      if (m && l[0]?.tone === 'ref') sourceLine.set(Number(m[1]), i);
    });
    const links: Detail['links'] = [];
    lines.forEach((l, line) => {
      l.forEach((s, i) => {
        // A name wrapped onto the next row is one link, not two.
        const leading = l.slice(0, i).every((x) => x.text.trim() === '');
        const continued = leading && line > 0 && lines[line - 1]?.at(-1)?.ref === s.ref;
        if (s.ref && !continued) links.push({ id: s.ref, line });
      });
    });
    return { title: d.title, lines, sources: d.sources, sourceLine, links };
  }, [query, ref, lang, width]);
}
