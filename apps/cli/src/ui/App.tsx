import type { ProjectFilter, Query } from '@dostyk/data';
import { Box, type Key, Text, useApp, useInput } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { KIND, titleOf } from '../data/records.js';
import { regionName } from '../data/regions.js';
import { LANGS, type Lang, maybe, translator } from '../i18n/messages.js';
import { seg, wrapAll, wrapLine } from '../text/styled.js';
import { displayWidth } from '../text/width.js';
import { DetailPane } from './components/DetailPane.js';
import { FilterPanel, type FilterRow } from './components/FilterPanel.js';
import { HelpOverlay } from './components/HelpOverlay.js';
import { ListPane } from './components/ListPane.js';
import { Rows } from './components/Rows.js';
import { SearchPanel } from './components/SearchPanel.js';
import { StatusLine } from './components/StatusLine.js';
import { TabBar } from './components/TabBar.js';
import { useCursor } from './hooks/useCursor.js';
import { type RecordRef, useDetail } from './hooks/useDetail.js';
import { type Size, useTerminalSize } from './hooks/useTerminalSize.js';
import { activeFilters, type Item, itemsOf, TABS, type Tab } from './lists.js';
import { openUrl } from './open-url.js';
import { type OverviewFacts, overviewFacts, overviewLines } from './overview.js';
import { LineText } from './theme.js';

type Mode = 'browse' | 'detail' | 'search' | 'filters';

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

export function App({
  query: queryOrLoader,
  overview: facts,
  lang: initialLang = 'en',
  size,
  onPrintedUrl,
  typeAhead = false,
}: AppProps) {
  const { exit } = useApp();
  const [holding, setHolding] = useState(typeAhead);
  useEffect(() => {
    if (!holding) return;
    const release = setTimeout(() => setHolding(false), HOLD_MAX_MS);
    return () => clearTimeout(release);
  }, [holding]);
  const [query, setQuery] = useState<Query | undefined>(() =>
    typeof queryOrLoader === 'function' ? undefined : queryOrLoader,
  );
  useEffect(() => {
    if (typeof queryOrLoader !== 'function') return setQuery(queryOrLoader);
    let live = true;
    // A failure to load surfaces as an unhandled rejection: the entry point restores the screen and reports it.
    void queryOrLoader().then((q) => {
      if (live) setQuery(q);
    });
    return () => {
      live = false;
    };
  }, [queryOrLoader]);
  const { columns, rows } = useTerminalSize(size);
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = useMemo(() => translator(lang), [lang]);
  const [tab, setTab] = useState<Tab>('overview');
  const [mode, setMode] = useState<Mode>('browse');
  const [returnTo, setReturnTo] = useState<Mode>('browse');
  const [help, setHelp] = useState(false);
  const [filter, setFilter] = useState<ProjectFilter>({});
  const [opened, setOpened] = useState<RecordRef | undefined>();
  const [searchText, setSearchText] = useState('');
  const [message, setMessage] = useState('');
  const [scroll, setScroll] = useState(0);
  const [overviewScroll, setOverviewScroll] = useState(0);
  const [source, setSource] = useState(0);

  // Layout: the root is one row shorter than the terminal, so Ink redraws in place instead of clearing.
  const width = Math.max(20, columns);
  // A message too long for the status line (a URL to copy where no browser exists) gets rows of its own.
  const messageRows =
    message && displayWidth(message) > width - 2 ? wrapLine([seg(message)], width - 2).slice(0, 4) : [];
  const bodyHeight = Math.max(3, rows - 3 - messageRows.length);
  const wide = width >= TWO_PANES_MIN;
  const listWidth = wide ? Math.max(30, Math.floor(width * 0.38)) : width;
  const detailWidth = wide ? width - listWidth - 2 : width;

  const items = useMemo(
    () => (query ? itemsOf(query, tab, filter, lang, t) : []),
    [query, tab, filter, lang, t],
  );
  const listCursors = {
    overview: useCursor(0),
    projects: useCursor(tab === 'projects' ? items.length : 0),
    timeline: useCursor(tab === 'timeline' ? items.length : 0),
    figures: useCursor(tab === 'figures' ? items.length : 0),
    entities: useCursor(tab === 'entities' ? items.length : 0),
  };
  const cursor = listCursors[tab];
  // Facets and counts only when something shows them.
  const needProjects = tab === 'projects' || mode === 'filters';
  const projects = useMemo(
    () => (needProjects && query ? query.projects(filter) : undefined),
    [query, filter, needProjects],
  );
  const totalProjects = query?.dataset.projects.length ?? 0;

  const hits: Item[] = useMemo(
    () =>
      !query || searchText.trim() === ''
        ? []
        : query.search(searchText, { limit: 50 }).map((h) => {
            const rec = query.get(h.id)?.record;
            return {
              key: h.id,
              id: h.id,
              collection: h.collection,
              label: rec ? titleOf(rec, lang).text : h.title,
              meta: t(`kind.${KIND[h.collection]}` as never),
            };
          }),
    [query, searchText, lang, t],
  );
  const searchCursor = useCursor(hits.length);

  const filterRows = useMemo(
    () => (mode === 'filters' && projects ? buildFilterRows(projects.facets, filter, lang, t) : []),
    [mode, projects, filter, lang, t],
  );
  const filterCursor = useCursor(filterRows.length);

  const highlighted: RecordRef | undefined =
    mode === 'search' ? hits[searchCursor.index] : tab === 'overview' ? undefined : items[cursor.index];
  const shown = mode === 'detail' ? opened : wide ? highlighted : undefined;
  const detailAlone = mode === 'detail' && (!wide || tab === 'overview');
  const detail = useDetail(query, shown, lang, detailAlone ? width : detailWidth);
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
  const shownFacts = useMemo(() => facts ?? (query ? overviewFacts(query) : undefined), [facts, query]);
  const overview = useMemo(
    () =>
      tab === 'overview' && shownFacts ? wrapAll(overviewLines(shownFacts, lang, t, width), width - 2) : [],
    [shownFacts, tab, lang, t, width],
  );

  const open = (ref: RecordRef | undefined, from: Mode) => {
    if (!ref) return;
    setOpened({ id: ref.id, collection: ref.collection });
    setReturnTo(from);
    setMode('detail');
    setScroll(0);
    setSource(0);
  };

  const openSource = (n: number) => {
    const s = detail?.sources.find((x) => x.n === n) ?? detail?.sources[0];
    if (!s) return setMessage(t('detail.noSources'));
    setMessage(t('detail.opening', { url: s.url }));
    openUrl(s.url, (how) => {
      if (how === 'printed') {
        setMessage(t('detail.url', { url: s.url }));
        onPrintedUrl?.(s.url);
      }
    });
  };

  const bodyRows = Math.max(1, bodyHeight - 1);
  const scrollBy = (delta: number) => {
    const max = Math.max(0, (detail?.lines.length ?? 0) - bodyRows);
    setScroll((s) => Math.max(0, Math.min(max, s + delta)));
  };
  const chooseSource = (delta: number) => {
    const count = detail?.sources.length ?? 0;
    if (count === 0) return setMessage(t('detail.noSources'));
    const next = Math.max(1, Math.min(count, (source || 0) + delta));
    setSource(next);
    const s = detail?.sources[next - 1];
    if (s) setMessage(`${t('detail.source')} [${next}] ${s.publisher}: ${s.url}`);
    const line = detail?.sourceLine.get(next);
    if (line !== undefined && (line < scroll || line >= scroll + bodyRows))
      setScroll(Math.max(0, Math.min(line - 1, (detail?.lines.length ?? 0) - bodyRows)));
  };

  const switchTab = (next: Tab) => {
    setTab(next);
    setMode('browse');
    setScroll(0);
  };

  const toggleFilter = (row: FilterRow | undefined, delta = 0) => {
    if (!row || row.type === 'header') return;
    if (row.type === 'toggle') {
      setFilter((f) => {
        const list = f[row.facet] ?? [];
        const nextList = list.includes(row.value)
          ? list.filter((v) => v !== row.value)
          : [...list, row.value];
        return clean({ ...f, [row.facet]: nextList });
      });
      return;
    }
    const years = (projects?.facets.year ?? []).map((y) => Number(y.value)).sort((a, b) => a - b);
    const choices: (number | undefined)[] = [undefined, ...years];
    setFilter((f) => {
      const i = choices.indexOf(f[row.bound]);
      const next = choices[(i + (delta || 1) + choices.length) % choices.length];
      const out = { ...f, [row.bound]: next };
      if (out.from !== undefined && out.to !== undefined && out.from > out.to) {
        if (row.bound === 'from') out.to = out.from;
        else out.from = out.to;
      }
      return clean(out);
    });
  };

  const handleKey = (input: string, key: Key) => {
    if (message && input !== 'o') setMessage('');
    if (mode === 'search') {
      if (key.escape) return setMode('browse');
      if (key.return) return open(hits[searchCursor.index], 'search');
      if (key.upArrow) return searchCursor.move(-1);
      if (key.downArrow) return searchCursor.move(1);
      if (key.pageUp) return searchCursor.move(-bodyRows);
      if (key.pageDown) return searchCursor.move(bodyRows);
      if (key.backspace || key.delete) {
        searchCursor.reset();
        return setSearchText((s) => [...s].slice(0, -1).join(''));
      }
      if (key.ctrl && input === 'u') return setSearchText('');
      if (input && !key.ctrl && !key.meta && !key.tab) {
        searchCursor.reset();
        setSearchText((s) => (s + input).slice(0, 200));
      }
      return;
    }
    if (help) {
      if (input === '?' || key.escape) setHelp(false);
      else if (input === 'q') exit();
      return;
    }
    if (input === 'q') return exit();
    if (input === '?') return setHelp(true);
    if (input === 'l') return setLang((l) => LANGS[(LANGS.indexOf(l) + 1) % LANGS.length] as Lang);
    if (input === '/') {
      setSearchText('');
      searchCursor.reset();
      return setMode('search');
    }
    if (input === 'f') {
      if (mode === 'filters') return setMode('browse');
      if (tab !== 'projects' && tab !== 'timeline') switchTab('projects');
      filterCursor.set(1);
      return setMode('filters');
    }
    if (key.tab) {
      const i = TABS.indexOf(tab);
      return switchTab(TABS[(i + (key.shift ? TABS.length - 1 : 1)) % TABS.length] as Tab);
    }
    if (/^[1-5]$/.test(input)) return switchTab(TABS[Number(input) - 1] as Tab);

    if (mode === 'filters') {
      const moveFilter = (d: number) => {
        let i = filterCursor.index + d;
        while (filterRows[i]?.type === 'header') i += d > 0 ? 1 : -1;
        if (i >= 0 && i < filterRows.length) filterCursor.set(i);
      };
      if (key.escape) return setMode('browse');
      if (key.upArrow || input === 'k') return moveFilter(-1);
      if (key.downArrow || input === 'j') return moveFilter(1);
      if (input === ' ' || key.return) return toggleFilter(filterRows[filterCursor.index]);
      if (key.leftArrow || key.rightArrow) {
        const row = filterRows[filterCursor.index];
        if (row?.type === 'year') toggleFilter(row, key.leftArrow ? -1 : 1);
        return;
      }
      if (input === 'c') return setFilter({});
      return;
    }

    if (mode === 'detail') {
      if (key.escape || key.backspace || key.delete)
        return setMode(returnTo === 'search' ? 'search' : 'browse');
      if (key.upArrow || input === 'k') return scrollBy(-1);
      if (key.downArrow || input === 'j') return scrollBy(1);
      if (key.pageUp) return scrollBy(-bodyRows);
      if (key.pageDown || input === ' ') return scrollBy(bodyRows);
      if (input === 'g') return setScroll(0);
      if (input === 'G') return scrollBy(Number.MAX_SAFE_INTEGER);
      if (key.leftArrow) return chooseSource(-1);
      if (key.rightArrow) return chooseSource(1);
      if (input === 'o') return openSource(source || 1);
      return;
    }

    if (tab === 'overview') {
      const max = Math.max(0, overview.length - bodyHeight);
      if (key.upArrow || input === 'k') return setOverviewScroll((s) => Math.max(0, s - 1));
      if (key.downArrow || input === 'j') return setOverviewScroll((s) => Math.min(max, s + 1));
      if (key.pageUp) return setOverviewScroll((s) => Math.max(0, s - bodyHeight));
      if (key.pageDown || input === ' ') return setOverviewScroll((s) => Math.min(max, s + bodyHeight));
      if (key.return) return switchTab('projects');
      return;
    }
    if (key.upArrow || input === 'k') return cursor.move(-1);
    if (key.downArrow || input === 'j') return cursor.move(1);
    if (key.pageUp) return cursor.move(-bodyHeight);
    if (key.pageDown) return cursor.move(bodyHeight);
    if (input === 'g') return cursor.set(0);
    if (input === 'G') return cursor.move(items.length);
    if (key.return || key.rightArrow) return open(items[cursor.index], 'browse');
    if (input === 'o') return openSource(1);
  };

  // Ink re-subscribes its input handler in an effect, which can run after the next key arrives; reading
  // the handler from a ref set at render time means a key never sees the state before the last one.
  const handler = useRef(handleKey);
  handler.current = handleKey;
  // Keys typed faster than a frame (or pasted) arrive as one chunk: handle them one per render, so that
  // every key acts on the state the key before left (the effect runs after each commit).
  const queue = useRef<[string, Key][]>([]);
  const [tick, setTick] = useState(0);
  // Until the query is there, keys wait in the queue (q quits at once when nothing else waits).
  const ready = useRef(query !== undefined);
  ready.current = query !== undefined;
  useEffect(() => {
    if (!query) return;
    const next = queue.current.shift();
    if (next === undefined) return;
    handler.current(...next);
    setTick((n) => n + 1);
  }, [tick, query]);
  useInput(
    useCallback((input: string, key: Key) => {
      lastKeyAt.current = performance.now();
      setHolding(false);
      const chunk = input.length > 1 && !key.ctrl && !key.meta && !input.startsWith('\x1b');
      if (!ready.current && queue.current.length === 0 && input === 'q') return handler.current(input, key);
      if (!chunk && ready.current && queue.current.length === 0) return handler.current(input, key);
      // Keys wait their turn behind a chunk still being handled, so they keep their order.
      if (chunk) for (const ch of input) queue.current.push([ch, keyOf(ch)]);
      else queue.current.push([input, key]);
      // Before the query is there, its arrival starts the queue: no frame to draw until then.
      if (ready.current) setTick((n) => n + 1);
    }, []),
  );

  const status = (() => {
    if (message) return message;
    if (mode === 'detail') return t('detail.hint');
    if (mode === 'search') return `${t('search.title')}: ${hits.length}`;
    const filters = activeFilters(filter, lang, t);
    const filterText = filters.length ? ` · ${t('status.filters')}: ${filters.join(' · ')}` : '';
    if (tab === 'projects' || mode === 'filters')
      return `${t('tab.projects')}: ${t('status.count', { shown: projects?.total ?? 0, total: totalProjects })}${filterText}`;
    if (tab === 'overview') return `${t('tab.overview')}`;
    return `${t(`tab.${tab}`)}: ${items.length ? cursor.index + 1 : 0}/${items.length}${tab === 'timeline' ? filterText : ''}`;
  })();

  const separator = (
    <Box width={1} height={bodyHeight} flexDirection="column" marginRight={1}>
      <Text dimColor>{Array.from({ length: bodyHeight }, () => '│').join('\n')}</Text>
    </Box>
  );
  const detailPane = (focused: boolean, w: number) =>
    detail ? (
      <DetailPane
        title={detail.title}
        lines={detail.lines}
        width={w}
        height={bodyHeight}
        scroll={mode === 'detail' ? scroll : 0}
        highlight={mode === 'detail' && source ? detail.sourceLine.get(source) : undefined}
        focused={focused}
      />
    ) : (
      <Box width={w} height={bodyHeight} />
    );

  let body: React.ReactNode;
  if (help) body = <HelpOverlay t={t} width={width} height={bodyHeight} />;
  else if (mode === 'search') {
    const panel = (
      <SearchPanel
        text={searchText}
        hits={hits}
        index={searchCursor.index}
        width={listWidth}
        height={bodyHeight}
        t={t}
      />
    );
    body = wide ? (
      <Box>
        {panel}
        {separator}
        {detailPane(false, detailWidth)}
      </Box>
    ) : (
      panel
    );
  } else if (mode === 'filters') {
    const panel = (
      <FilterPanel
        rows={filterRows}
        index={filterCursor.index}
        width={listWidth}
        height={bodyHeight}
        title={`${t('filters.title')} · ${t('status.count', { shown: projects?.total ?? 0, total: totalProjects })}`}
        hint={t('filters.hint')}
        any={t('filters.any')}
      />
    );
    body = wide ? (
      <Box>
        {panel}
        {separator}
        <ListPane
          items={query ? itemsOf(query, 'projects', filter, lang, t) : []}
          index={-1}
          width={detailWidth}
          height={bodyHeight}
          focused={false}
          t={t}
        />
      </Box>
    ) : (
      panel
    );
  } else if (detailAlone) body = detailPane(true, width);
  else if (tab === 'overview') {
    body = (
      <Box paddingLeft={1}>
        <Rows lines={overview} width={width - 1} height={bodyHeight} start={overviewScroll} />
      </Box>
    );
  } else {
    const list = (
      <ListPane
        items={items}
        index={cursor.index}
        width={listWidth}
        height={bodyHeight}
        focused={mode !== 'detail'}
        t={t}
      />
    );
    body = wide ? (
      <Box>
        {list}
        {separator}
        {detailPane(mode === 'detail', detailWidth)}
      </Box>
    ) : (
      list
    );
  }

  if (holding) return null;
  return (
    <Box flexDirection="column" width={width} height={bodyHeight + 2 + messageRows.length}>
      <TabBar tab={tab} t={t} lang={lang} width={width} />
      <Box height={bodyHeight} width={width} overflowY="hidden">
        {body}
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

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};
/** The key flags of one character of a chunk. */
const keyOf = (ch: string): Key => ({
  ...NO_KEY,
  return: ch === '\r' || ch === '\n',
  tab: ch === '\t',
  backspace: ch === '\x7f' || ch === '\b',
});

/** Drop empty lists and unset years so that "no filter" is `{}`. */
function clean(f: ProjectFilter): ProjectFilter {
  const out: ProjectFilter = {};
  for (const [k, v] of Object.entries(f) as [keyof ProjectFilter, unknown][]) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

function buildFilterRows(
  facets: ReturnType<Query['projects']>['facets'],
  filter: ProjectFilter,
  lang: Lang,
  t: ReturnType<typeof translator>,
): FilterRow[] {
  const rows: FilterRow[] = [];
  const section = (facet: 'sector' | 'status' | 'region', title: string, label: (v: string) => string) => {
    rows.push({ type: 'header', label: title });
    const values = [...facets[facet]];
    for (const v of filter[facet] ?? [])
      if (!values.some((x) => x.value === v)) values.push({ value: v, count: 0 });
    for (const { value, count } of values)
      rows.push({
        type: 'toggle',
        facet,
        value,
        label: label(value),
        count,
        on: (filter[facet] ?? []).includes(value),
      });
  };
  section('sector', t('filters.sector'), (v) => maybe(t, `sector.${v}`, v));
  section('status', t('filters.status'), (v) => maybe(t, `st.${v}`, v));
  section('region', t('filters.region'), (v) => `${regionName(v, lang)} (${v})`);
  rows.push({ type: 'header', label: t('filters.years') });
  rows.push({ type: 'year', bound: 'from', label: t('filters.from'), value: filter.from });
  rows.push({ type: 'year', bound: 'to', label: t('filters.to'), value: filter.to });
  return rows;
}
