import type { Query } from '@dostyk/data';
import { Box, type Key, useApp, useStdout } from 'ink';
import { useEffect, useMemo, useRef, useState } from 'react';
import { clipboardEnabled } from '../env.js';
import { LANGS, type Lang, translator } from '../i18n/messages.js';
import { linkify, wrapLine } from '../text/styled.js';
import { displayWidth } from '../text/width.js';
import { commandFor, osc52 } from './command.js';
import { helpMaxScroll, helpRows } from './components/HelpOverlay.js';
import { StatusLine } from './components/StatusLine.js';
import { TabBar } from './components/TabBar.js';
import { useKeyQueue } from './hooks/useKeyQueue.js';
import { useQueryLoader } from './hooks/useQueryLoader.js';
import { type Size, useTerminalSize } from './hooks/useTerminalSize.js';
import { activeFilters, activeTimelineFilters, TABS, type Tab } from './lists.js';
import { Body } from './modes/Body.js';
import { useBrowseMode } from './modes/browse.js';
import { useDetailMode } from './modes/detail.js';
import { useFilterMode } from './modes/filters.js';
import type { Layout, Mode } from './modes/mode.js';
import { useSearchMode } from './modes/search.js';
import type { OverviewFacts } from './overview.js';
import { LineText } from './theme.js';

export interface AppProps {
  /**
   * The query API, or a loader the explorer calls once its first frame is on screen: until the query is
   * there, the overview shows the `overview` facts and keys wait their turn.
   */
  query: Query | (() => Promise<Query>);
  /** The overview's figures, precomputed from the same dataset (the bundle's); else computed from the query. */
  overview?: OverviewFacts;
  lang?: Lang;
  /** A fixed size (tests); otherwise the terminal's, following resizes. */
  size?: Size;
  /** Called with each URL shown because no browser could open it, to print it again after exit. */
  onPrintedUrl?: (url: string) => void;
  /**
   * Keys typed before the App started wait in stdin, and a frame painted without Ink is on screen: draw
   * nothing until the first of them is handled (or briefly, should none arrive), so that the first frame
   * Ink lays out is the answer to that key rather than a copy of the painted one.
   */
  typeAhead?: boolean;
}

/** How long the App draws nothing waiting for keys typed before it started (they are read at once). */
const HOLD_MAX_MS = 150;

/** How long the keyboard stays quiet before the search index loads in the background. */
const WARM_AFTER_QUIET_MS = 700;

/** Below this width the list and the record share the screen one at a time. */
export const TWO_PANES_MIN = 100;

/**
 * The interactive explorer: the tab bar, a body laid out by mode (browse, detail, search, filters; each
 * mode's state and keys live in `modes/`), and the status line. This component owns what every mode
 * shares: the language, the tab, the mode, the help overlay and the status message.
 */
export function App({
  query: queryOrLoader,
  overview: facts,
  lang: initialLang = 'en',
  size,
  onPrintedUrl,
  typeAhead = false,
}: AppProps) {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [holding, setHolding] = useState(typeAhead);
  useEffect(() => {
    if (!holding) return;
    const release = setTimeout(() => setHolding(false), HOLD_MAX_MS);
    return () => clearTimeout(release);
  }, [holding]);
  const query = useQueryLoader(queryOrLoader);
  const { columns, rows } = useTerminalSize(size);
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = useMemo(() => translator(lang), [lang]);
  const [tab, setTab] = useState<Tab>('overview');
  const [mode, setMode] = useState<Mode>('browse');
  const [help, setHelp] = useState(false);
  const [helpScroll, setHelpScroll] = useState(0);
  const [message, setMessage] = useState('');

  // Layout: the root is one row shorter than the terminal, so Ink redraws in place instead of clearing.
  const width = Math.max(20, columns);
  // A message too long for the status line (a URL to copy where no browser exists) gets rows of its own,
  // wrapped between words; a URL in it keeps a row of its own, whole as far as the screen allows.
  const messageRows =
    message && displayWidth(message) > width - 2 ? wrapLine(linkify(message), width - 2).slice(0, 4) : [];
  const bodyHeight = Math.max(3, rows - 3 - messageRows.length);
  const wide = width >= TWO_PANES_MIN;
  const listWidth = wide ? Math.max(30, Math.floor(width * 0.38)) : width;
  const layout: Layout = {
    width,
    bodyHeight,
    bodyRows: Math.max(1, bodyHeight - 1),
    wide,
    listWidth,
    detailWidth: wide ? width - listWidth - 2 : width,
  };

  const filterTarget = mode === 'filters' ? (tab === 'timeline' ? 'timeline' : 'projects') : undefined;
  const filters = useFilterMode(query, tab === 'projects', filterTarget, lang, t);
  const browse = useBrowseMode({
    query,
    facts,
    tab,
    filter: filters.filter,
    timeline: filters.timeline,
    lang,
    t,
    width,
    bodyHeight,
  });
  const search = useSearchMode(query, lang, t);
  const alone = mode === 'detail' && (!wide || tab === 'overview');
  const detail = useDetailMode({
    query,
    lang,
    t,
    mode,
    setMode,
    highlighted: mode === 'search' ? search.highlighted : browse.highlighted,
    alone,
    wide,
    width,
    paneWidth: layout.detailWidth,
    page: layout.bodyRows,
    say: setMessage,
    onPrintedUrl,
  });

  // Once the query is there and the keyboard has been quiet for a moment: load the search index in the
  // background, so the first `/` is quick. Loading it blocks for a few hundred ms on a slow machine, so it
  // waits for a pause rather than delay the answer to a key typed at start.
  const lastKeyAt = useRef(0);
  useEffect(() => {
    if (!query) return;
    let timer: ReturnType<typeof setTimeout>;
    const warm = () => {
      const quiet = performance.now() - lastKeyAt.current;
      if (quiet < WARM_AFTER_QUIET_MS) timer = setTimeout(warm, WARM_AFTER_QUIET_MS - quiet);
      else query.search('a', { limit: 1 });
    };
    timer = setTimeout(warm, WARM_AFTER_QUIET_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const switchTab = (next: Tab) => {
    setTab(next);
    setMode('browse');
  };
  const leave = () => setMode('browse');

  /** `y`: the command that prints what is shown, on the status line and, where the terminal takes it, copied. */
  const showCommand = () => {
    const command = commandFor({
      tab,
      ...(detail.opened ? { opened: detail.opened.id } : {}),
      ...(browse.highlighted ? { highlighted: browse.highlighted.id } : {}),
      filter: filters.filter,
      timeline: filters.timeline,
      lang,
    });
    const copy = clipboardEnabled();
    if (copy) stdout.write(osc52(command));
    setMessage(t(copy ? 'command.copied' : 'command.shown', { command }));
  };

  const handleKey = (input: string, key: Key) => {
    if (message && input !== 'o') setMessage('');
    if (mode === 'search')
      return search.handleKey(input, key, {
        leave,
        open: (ref) => detail.open(ref, 'search'),
        page: layout.bodyRows,
      });
    if (help) {
      if (input === '?' || key.escape) setHelp(false);
      else if (input === 'q') exit();
      else {
        // The key list scrolls when the terminal is too small to show it whole.
        const max = helpMaxScroll(t, width, bodyHeight);
        const page = helpRows(bodyHeight);
        const by = (n: number) => setHelpScroll((s) => Math.min(max, Math.max(0, Math.min(s, max) + n)));
        if (key.downArrow || input === 'j') by(1);
        else if (key.upArrow || input === 'k') by(-1);
        else if (key.pageDown || input === ' ') by(page);
        else if (key.pageUp) by(-page);
        else if (input === 'g') setHelpScroll(0);
        else if (input === 'G') setHelpScroll(max);
      }
      return;
    }
    if (input === 'q') return exit();
    if (input === '?') {
      setHelpScroll(0);
      return setHelp(true);
    }
    if (input === 'l') return setLang((l) => LANGS[(LANGS.indexOf(l) + 1) % LANGS.length] as Lang);
    if (input === '/') {
      search.begin();
      return setMode('search');
    }
    if (input === 'f') {
      if (mode === 'filters') return leave();
      if (tab !== 'projects' && tab !== 'timeline') switchTab('projects');
      filters.begin();
      return setMode('filters');
    }
    if (input === 'y') return showCommand();
    // Inside an open record, Tab moves between its links; elsewhere it switches tabs.
    if (key.tab && mode === 'detail') return detail.handleKey(input, key);
    if (key.tab) {
      const i = TABS.indexOf(tab);
      return switchTab(TABS[(i + (key.shift ? TABS.length - 1 : 1)) % TABS.length] as Tab);
    }
    if (/^[1-5]$/.test(input)) return switchTab(TABS[Number(input) - 1] as Tab);
    if (mode === 'filters') return filters.handleKey(input, key, leave);
    if (mode === 'detail') return detail.handleKey(input, key);
    return browse.handleKey(input, key, {
      open: (ref) => detail.open(ref, 'browse'),
      projects: () => switchTab('projects'),
      openSource: () => detail.openSource(1),
    });
  };
  useKeyQueue(handleKey, query !== undefined, () => {
    lastKeyAt.current = performance.now();
    setHolding(false);
  });

  const status = (() => {
    if (message) return message;
    if (mode === 'detail') return t('detail.hint');
    if (mode === 'search') return `${t('search.title')}: ${search.hits.length}`;
    // Only the filters of the list shown: the projects' on Projects, the timeline's on Timeline.
    const active =
      tab === 'timeline'
        ? activeTimelineFilters(filters.timeline, t)
        : tab === 'projects' || mode === 'filters'
          ? activeFilters(filters.filter, lang, t)
          : [];
    const filterText = active.length ? ` · ${t('status.filters')}: ${active.join(' · ')}` : '';
    if (tab === 'projects' || (mode === 'filters' && tab !== 'timeline'))
      return `${t('tab.projects')}: ${t('status.count', { shown: filters.shown, total: filters.total })}${filterText}`;
    if (tab === 'overview') return `${t('tab.overview')}`;
    const n = browse.items.length;
    return `${t(`tab.${tab}`)}: ${n ? browse.index + 1 : 0}/${n}${filterText}`;
  })();

  if (holding) return null;
  return (
    <Box flexDirection="column" width={width} height={bodyHeight + 2 + messageRows.length}>
      <TabBar tab={tab} t={t} lang={lang} width={width} />
      <Box height={bodyHeight} width={width} overflowY="hidden">
        <Body
          query={query}
          mode={mode}
          help={help}
          helpScroll={helpScroll}
          tab={tab}
          lang={lang}
          t={t}
          layout={layout}
          alone={alone}
          browse={browse}
          search={search}
          filters={filters}
          filterTarget={filterTarget}
          detail={detail}
        />
      </Box>
      {messageRows.length > 0 ? (
        <Box flexDirection="column" width={width} height={messageRows.length} paddingLeft={1}>
          {messageRows.map((line, i) => (
            <LineText key={i} line={line} />
          ))}
        </Box>
      ) : null}
      <StatusLine left={messageRows.length > 0 ? '' : status} right={t('status.keys')} width={width} />
    </Box>
  );
}
