import type { ProjectFilter, Query, TimelineFilter } from '@dostyk/data';
import type { Key } from 'ink';
import { useMemo, useState } from 'react';
import type { Lang, T } from '../../i18n/messages.js';
import { wrapAll } from '../../text/styled.js';
import { useCursor } from '../hooks/useCursor.js';
import type { RecordRef } from '../hooks/useDetail.js';
import { itemsOf, type Tab } from '../lists.js';
import { type OverviewFacts, overviewFacts, overviewLines } from '../overview.js';

/**
 * Browsing the tabs: the overview's text and scroll, and each list tab's rows with a cursor of its own
 * (kept when switching tabs).
 */
export function useBrowseMode(args: {
  query: Query | undefined;
  facts: OverviewFacts | undefined;
  tab: Tab;
  filter: ProjectFilter;
  timeline: TimelineFilter;
  lang: Lang;
  t: T;
  width: number;
  bodyHeight: number;
}) {
  const { query, facts, tab, filter, timeline, lang, t, width, bodyHeight } = args;
  const items = useMemo(
    () => (query ? itemsOf(query, tab, filter, lang, t, timeline) : []),
    [query, tab, filter, timeline, lang, t],
  );
  const cursors = {
    overview: useCursor(0),
    projects: useCursor(tab === 'projects' ? items.length : 0),
    timeline: useCursor(tab === 'timeline' ? items.length : 0),
    figures: useCursor(tab === 'figures' ? items.length : 0),
    entities: useCursor(tab === 'entities' ? items.length : 0),
  };
  const cursor = cursors[tab];
  const [overviewScroll, setOverviewScroll] = useState(0);
  const shownFacts = useMemo(() => facts ?? (query ? overviewFacts(query) : undefined), [facts, query]);
  const overview = useMemo(
    () =>
      tab === 'overview' && shownFacts ? wrapAll(overviewLines(shownFacts, lang, t, width), width - 2) : [],
    [shownFacts, tab, lang, t, width],
  );

  const handleKey = (
    input: string,
    key: Key,
    to: { open: (ref: RecordRef | undefined) => void; projects: () => void; openSource: () => void },
  ) => {
    if (tab === 'overview') {
      const max = Math.max(0, overview.length - bodyHeight);
      if (key.upArrow || input === 'k') return setOverviewScroll((s) => Math.max(0, s - 1));
      if (key.downArrow || input === 'j') return setOverviewScroll((s) => Math.min(max, s + 1));
      if (key.pageUp) return setOverviewScroll((s) => Math.max(0, s - bodyHeight));
      if (key.pageDown || input === ' ') return setOverviewScroll((s) => Math.min(max, s + bodyHeight));
      if (key.return) return to.projects();
      return;
    }
    if (key.upArrow || input === 'k') return cursor.move(-1);
    if (key.downArrow || input === 'j') return cursor.move(1);
    if (key.pageUp) return cursor.move(-bodyHeight);
    if (key.pageDown) return cursor.move(bodyHeight);
    if (input === 'g') return cursor.set(0);
    if (input === 'G') return cursor.move(items.length);
    if (key.return || key.rightArrow) return to.open(items[cursor.index]);
    if (input === 'o') return to.openSource();
  };

  return {
    items,
    index: cursor.index,
    highlighted: tab === 'overview' ? undefined : (items[cursor.index] as RecordRef | undefined),
    overview,
    overviewScroll,
    handleKey,
  };
}
