import type { Query } from '@dostyk/data';
import type { Key } from 'ink';
import { useState } from 'react';
import type { Lang, T } from '../../i18n/messages.js';
import { type RecordRef, useDetail } from '../hooks/useDetail.js';
import { openUrl } from '../open-url.js';
import type { Mode } from './mode.js';

/**
 * The record being read: which one, where it was opened from, how far it is scrolled and which source is
 * chosen. `highlighted` is described beside the list on a wide screen before anything is opened.
 */
export function useDetailMode(args: {
  query: Query | undefined;
  lang: Lang;
  t: T;
  mode: Mode;
  setMode: (m: Mode) => void;
  highlighted: RecordRef | undefined;
  /** Whether the record takes the whole body (narrow screens, or opened from the overview). */
  alone: boolean;
  wide: boolean;
  width: number;
  paneWidth: number;
  page: number;
  say: (message: string) => void;
  onPrintedUrl?: (url: string) => void;
}) {
  const { query, lang, t, mode, setMode, highlighted, alone, wide, page, say } = args;
  const [opened, setOpened] = useState<RecordRef | undefined>();
  const [returnTo, setReturnTo] = useState<Mode>('browse');
  const [scroll, setScroll] = useState(0);
  const [source, setSource] = useState(0);
  const shown = mode === 'detail' ? opened : wide ? highlighted : undefined;
  const detail = useDetail(query, shown, lang, alone ? args.width : args.paneWidth);

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
    if (!s) return say(t('detail.noSources'));
    say(t('detail.opening', { url: s.url }));
    openUrl(s.url, (how) => {
      if (how === 'printed') {
        say(t('detail.url', { url: s.url }));
        args.onPrintedUrl?.(s.url);
      }
    });
  };

  const scrollBy = (delta: number) => {
    const max = Math.max(0, (detail?.lines.length ?? 0) - page);
    setScroll((s) => Math.max(0, Math.min(max, s + delta)));
  };

  const chooseSource = (delta: number) => {
    const count = detail?.sources.length ?? 0;
    if (count === 0) return say(t('detail.noSources'));
    const next = Math.max(1, Math.min(count, (source || 0) + delta));
    setSource(next);
    const s = detail?.sources[next - 1];
    if (s) say(`${t('detail.source')} [${next}] ${s.publisher}: ${s.url}`);
    const line = detail?.sourceLine.get(next);
    if (line !== undefined && (line < scroll || line >= scroll + page))
      setScroll(Math.max(0, Math.min(line - 1, (detail?.lines.length ?? 0) - page)));
  };

  const handleKey = (input: string, key: Key) => {
    if (key.escape || key.backspace || key.delete)
      return setMode(returnTo === 'search' ? 'search' : 'browse');
    if (key.upArrow || input === 'k') return scrollBy(-1);
    if (key.downArrow || input === 'j') return scrollBy(1);
    if (key.pageUp) return scrollBy(-page);
    if (key.pageDown || input === ' ') return scrollBy(page);
    if (input === 'g') return setScroll(0);
    if (input === 'G') return scrollBy(Number.MAX_SAFE_INTEGER);
    if (key.leftArrow) return chooseSource(-1);
    if (key.rightArrow) return chooseSource(1);
    if (input === 'o') return openSource(source || 1);
  };

  return {
    detail,
    /** Scroll and chosen source apply only while the record is open. */
    scroll: mode === 'detail' ? scroll : 0,
    highlight: mode === 'detail' && source ? detail?.sourceLine.get(source) : undefined,
    open,
    openSource,
    handleKey,
  };
}
