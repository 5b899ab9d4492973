import type { Query } from '@dostyk/data';
import type { Key } from 'ink';
import { useState } from 'react';
import type { Lang, T } from '../../i18n/messages.js';
import { type RecordRef, useDetail } from '../hooks/useDetail.js';
import { openUrl } from '../open-url.js';
import type { Mode } from './mode.js';

/** One record on the back stack: which, how far it was scrolled and which of its links had the focus. */
interface Visit {
  ref: RecordRef;
  scroll: number;
  /** Index into the record's links, or -1 when none has the focus. */
  link: number;
}

/**
 * The record being read and the way back: opening a record from a list starts a back stack; Tab and
 * Shift+Tab move a focus between its links to other records, Enter follows the focused one (pushing it),
 * Esc or Backspace returns to the record before at the same scroll position and focus, and from the first
 * record to where it was opened from. `highlighted` is described beside the list on a wide screen before
 * anything is opened.
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
  const [stack, setStack] = useState<Visit[]>([]);
  const [returnTo, setReturnTo] = useState<Mode>('browse');
  const [source, setSource] = useState(0);
  const top = stack.at(-1);
  const scroll = top?.scroll ?? 0;
  const link = top?.link ?? -1;
  const shown = mode === 'detail' ? top?.ref : wide ? highlighted : undefined;
  const detail = useDetail(query, shown, lang, alone ? args.width : args.paneWidth);
  const links = detail?.links ?? [];

  /** Change the visit on top of the stack. */
  const update = (change: (v: Visit) => Partial<Visit>) =>
    setStack((s) => {
      const last = s.at(-1);
      return last ? [...s.slice(0, -1), { ...last, ...change(last) }] : s;
    });

  const open = (ref: RecordRef | undefined, from: Mode) => {
    if (!ref) return;
    setStack([{ ref: { id: ref.id, collection: ref.collection }, scroll: 0, link: -1 }]);
    setReturnTo(from);
    setMode('detail');
    setSource(0);
  };

  /** Open the focused link's record on top of this one. */
  const follow = () => {
    const target = links[link];
    const hit = target && query?.get(target.id);
    if (!target || !hit) return;
    setStack((s) => [...s, { ref: { id: hit.record.id, collection: hit.collection }, scroll: 0, link: -1 }]);
    setSource(0);
  };

  const back = () => {
    setSource(0);
    if (stack.length > 1) return setStack((s) => s.slice(0, -1));
    setMode(returnTo === 'search' ? 'search' : 'browse');
  };

  const maxScroll = () => Math.max(0, (detail?.lines.length ?? 0) - page);
  /** Scroll so that `line` is in view, a row of context above it. */
  const reveal = (line: number, at: number) =>
    line < at || line >= at + page ? Math.max(0, Math.min(line - 1, maxScroll())) : at;

  const focusLink = (delta: number) => {
    if (links.length === 0) return say(t('detail.noLinks'));
    const next = link < 0 ? (delta > 0 ? 0 : links.length - 1) : (link + delta + links.length) % links.length;
    const target = links[next];
    if (!target) return;
    update((v) => ({ link: next, scroll: reveal(target.line, v.scroll) }));
    say(t('detail.link', { n: next + 1, count: links.length, id: target.id }));
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

  const scrollBy = (delta: number) =>
    update((v) => ({ scroll: Math.max(0, Math.min(maxScroll(), v.scroll + delta)) }));

  const chooseSource = (delta: number) => {
    const count = detail?.sources.length ?? 0;
    if (count === 0) return say(t('detail.noSources'));
    const next = Math.max(1, Math.min(count, (source || 0) + delta));
    setSource(next);
    const s = detail?.sources[next - 1];
    if (s) say(`${t('detail.source')} [${next}] ${s.publisher}: ${s.url}`);
    const line = detail?.sourceLine.get(next);
    if (line !== undefined) update((v) => ({ scroll: reveal(line, v.scroll) }));
  };

  const handleKey = (input: string, key: Key) => {
    if (key.escape || key.backspace || key.delete) return back();
    if (key.tab) return focusLink(key.shift ? -1 : 1);
    if (key.return) return link >= 0 ? follow() : focusLink(1);
    if (key.upArrow || input === 'k') return scrollBy(-1);
    if (key.downArrow || input === 'j') return scrollBy(1);
    if (key.pageUp) return scrollBy(-page);
    if (key.pageDown || input === ' ') return scrollBy(page);
    if (input === 'g') return update(() => ({ scroll: 0 }));
    if (input === 'G') return scrollBy(Number.MAX_SAFE_INTEGER);
    if (key.leftArrow) return chooseSource(-1);
    if (key.rightArrow) return chooseSource(1);
    if (input === 'o') return openSource(source || 1);
  };

  return {
    detail,
    /** The open record (the top of the back stack), while one is open. */
    opened: mode === 'detail' ? top?.ref : undefined,
    /** How many records deep the back stack is. */
    depth: stack.length,
    /** Scroll, chosen source and focused link apply only while the record is open. */
    scroll: mode === 'detail' ? scroll : 0,
    highlight: mode === 'detail' && source ? detail?.sourceLine.get(source) : undefined,
    focus: mode === 'detail' && link >= 0 ? links[link] : undefined,
    open,
    openSource,
    handleKey,
  };
}
