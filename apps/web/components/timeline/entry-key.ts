/** Identity of a timeline entry, shared by the server list and the client filter. */
export const entryKey = (e: { type: string; id: string; date: string; subtype?: string }): string =>
  `${e.type}|${e.id}|${e.date}|${e.subtype ?? ''}`;

export const TIMELINE_TYPES = ['event', 'agreement', 'partnership', 'milestone'] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

export interface TimelineView {
  types: TimelineType[];
  from?: number;
  to?: number;
}

export function parseTimelineView(search: string): TimelineView {
  const p = new URLSearchParams(search);
  const types = p
    .getAll('type')
    .flatMap((v) => v.split(','))
    .filter((v): v is TimelineType => (TIMELINE_TYPES as readonly string[]).includes(v));
  const view: TimelineView = { types: [...new Set(types)] };
  const from = p.get('from');
  const to = p.get('to');
  if (from && /^\d{4}$/.test(from)) view.from = Number(from);
  if (to && /^\d{4}$/.test(to)) view.to = Number(to);
  return view;
}

export function serializeTimelineView(v: TimelineView): string {
  const p = new URLSearchParams();
  if (v.types.length) p.set('type', v.types.join(','));
  if (v.from !== undefined) p.set('from', String(v.from));
  if (v.to !== undefined) p.set('to', String(v.to));
  const s = p.toString();
  return s ? `?${s}` : '';
}
