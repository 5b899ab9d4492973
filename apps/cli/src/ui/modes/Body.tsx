import type { Query } from '@dostyk/data';
import { Box, Text } from 'ink';
import type { Lang, T } from '../../i18n/messages.js';
import { DetailPane } from '../components/DetailPane.js';
import { FilterPanel } from '../components/FilterPanel.js';
import { HelpOverlay } from '../components/HelpOverlay.js';
import { ListPane } from '../components/ListPane.js';
import { Rows } from '../components/Rows.js';
import { SearchPanel } from '../components/SearchPanel.js';
import { itemsOf, type Tab } from '../lists.js';
import type { useBrowseMode } from './browse.js';
import type { useDetailMode } from './detail.js';
import type { FilterTarget, useFilterMode } from './filters.js';
import type { Layout, Mode } from './mode.js';
import type { useSearchMode } from './search.js';

/** The screen between the tab bar and the status line, laid out for the current mode. */
export function Body({
  query,
  mode,
  help,
  helpScroll,
  tab,
  lang,
  t,
  layout,
  alone,
  browse,
  search,
  filters,
  filterTarget,
  detail,
}: {
  query: Query | undefined;
  mode: Mode;
  help: boolean;
  helpScroll: number;
  tab: Tab;
  lang: Lang;
  t: T;
  layout: Layout;
  /** The record takes the whole body. */
  alone: boolean;
  browse: ReturnType<typeof useBrowseMode>;
  search: ReturnType<typeof useSearchMode>;
  filters: ReturnType<typeof useFilterMode>;
  filterTarget: FilterTarget | undefined;
  detail: ReturnType<typeof useDetailMode>;
}) {
  const { width, bodyHeight, wide, listWidth, detailWidth } = layout;
  const separator = (
    <Box width={1} height={bodyHeight} flexDirection="column" marginRight={1}>
      <Text dimColor>{Array.from({ length: bodyHeight }, () => '│').join('\n')}</Text>
    </Box>
  );
  const detailPane = (focused: boolean, w: number) =>
    detail.detail ? (
      <DetailPane
        title={detail.detail.title}
        lines={detail.detail.lines}
        width={w}
        height={bodyHeight}
        scroll={detail.scroll}
        highlight={detail.highlight}
        focus={detail.focus}
        focused={focused}
      />
    ) : (
      <Box width={w} height={bodyHeight} />
    );
  const beside = (left: React.ReactNode, right: React.ReactNode) =>
    wide ? (
      <Box>
        {left}
        {separator}
        {right}
      </Box>
    ) : (
      left
    );

  if (help) {
    // The help names where it was opened: the tab, and the record when one is open.
    const open = mode === 'detail' ? detail.detail?.title : undefined;
    const where = open ? `${t(`tab.${tab}`)} › ${open}` : t(`tab.${tab}`);
    return <HelpOverlay t={t} width={width} height={bodyHeight} where={where} scroll={helpScroll} />;
  }
  if (mode === 'search')
    return beside(
      <SearchPanel
        text={search.text}
        hits={search.hits}
        index={search.index}
        width={listWidth}
        height={bodyHeight}
        t={t}
      />,
      detailPane(false, detailWidth),
    );
  if (mode === 'filters') {
    const timeline = filterTarget === 'timeline';
    const count = timeline
      ? t('status.count', { shown: filters.timelineShown, total: query?.timeline().length ?? 0 })
      : t('status.count', { shown: filters.shown, total: filters.total });
    return beside(
      <FilterPanel
        rows={filters.rows}
        index={filters.index}
        width={listWidth}
        height={bodyHeight}
        title={`${t('filters.title')} · ${count}`}
        hint={t('filters.hint')}
        any={t('filters.any')}
      />,
      <ListPane
        items={
          query
            ? itemsOf(query, timeline ? 'timeline' : 'projects', filters.filter, lang, t, filters.timeline)
            : []
        }
        index={-1}
        width={detailWidth}
        height={bodyHeight}
        focused={false}
        t={t}
      />,
    );
  }
  if (alone) return detailPane(true, width);
  if (tab === 'overview')
    return (
      <Box paddingLeft={1}>
        <Rows lines={browse.overview} width={width - 1} height={bodyHeight} start={browse.overviewScroll} />
      </Box>
    );
  return beside(
    <ListPane
      items={browse.items}
      index={browse.index}
      width={listWidth}
      height={bodyHeight}
      focused={mode !== 'detail'}
      t={t}
    />,
    detailPane(mode === 'detail', detailWidth),
  );
}
