import type { ProjectFilter, TimelineFilter } from '@dostyk/data';
import type { Lang } from '../i18n/messages.js';
import type { Tab } from './lists.js';

/** What the screen shows, as far as a command can print it. */
export interface View {
  tab: Tab;
  /** The record open, if one is. */
  opened?: string;
  /** The record highlighted in a list (the Entities tab prints it: no command lists every entity). */
  highlighted?: string;
  filter: ProjectFilter;
  timeline: TimelineFilter;
  lang: Lang;
}

const list = (flag: string, values: readonly string[] | undefined) =>
  values?.length ? [flag, values.join(',')] : [];
const num = (flag: string, value: number | undefined) => (value === undefined ? [] : [flag, String(value)]);

/**
 * The `dostyk …` command that prints what the explorer shows: the open record, or the current list with
 * the filters that apply to it. Ids, codes and years need no quoting.
 */
export function commandFor(view: View): string {
  const { tab, filter, timeline } = view;
  const args: string[] = view.opened
    ? ['show', view.opened]
    : tab === 'projects'
      ? [
          'projects',
          ...list('--sector', filter.sector),
          ...list('--status', filter.status),
          ...list('--region', filter.region),
          ...num('--from', filter.from),
          ...num('--to', filter.to),
        ]
      : tab === 'timeline'
        ? [
            'timeline',
            ...list('--kind', timeline.types),
            ...num('--from', timeline.from),
            ...num('--to', timeline.to),
          ]
        : tab === 'figures'
          ? ['figures']
          : tab === 'entities' && view.highlighted
            ? ['show', view.highlighted]
            : ['stats'];
  return ['dostyk', ...args, ...(view.lang === 'en' ? [] : ['--lang', view.lang])].join(' ');
}

/** OSC 52: asks the terminal to put `text` on the system clipboard. */
export const osc52 = (text: string): string =>
  `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
