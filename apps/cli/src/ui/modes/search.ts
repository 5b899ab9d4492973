import type { Query } from '@dostyk/data';
import type { Key } from 'ink';
import { useMemo, useState } from 'react';
import { searchHits } from '../../data/search.js';
import type { Lang, T } from '../../i18n/messages.js';
import { useCursor } from '../hooks/useCursor.js';
import type { RecordRef } from '../hooks/useDetail.js';
import type { Item } from '../lists.js';

/** The live search: what is typed, its hits (best first) and the highlighted hit. */
export function useSearchMode(query: Query | undefined, lang: Lang, t: T) {
  const [text, setText] = useState('');
  const hits: Item[] = useMemo(
    () =>
      !query || text.trim() === ''
        ? []
        : searchHits(query, text, lang, t, { limit: 50 }).map((h) => ({
            key: h.id,
            id: h.id,
            collection: h.collection,
            label: h.title,
            meta: h.date ? `${h.kindLabel} · ${h.date.slice(0, 4)}` : h.kindLabel,
          })),
    [query, text, lang, t],
  );
  const cursor = useCursor(hits.length);

  /** A new search starts empty. */
  const begin = () => {
    setText('');
    cursor.reset();
  };

  /** Every key goes to the search while it is open: Esc leaves, Enter opens the highlighted hit. */
  const handleKey = (
    input: string,
    key: Key,
    to: { leave: () => void; open: (ref: RecordRef | undefined) => void; page: number },
  ) => {
    if (key.escape) return to.leave();
    if (key.return) return to.open(hits[cursor.index]);
    if (key.upArrow) return cursor.move(-1);
    if (key.downArrow) return cursor.move(1);
    if (key.pageUp) return cursor.move(-to.page);
    if (key.pageDown) return cursor.move(to.page);
    if (key.backspace || key.delete) {
      cursor.reset();
      return setText((s) => [...s].slice(0, -1).join(''));
    }
    if (key.ctrl && input === 'u') return setText('');
    if (input && !key.ctrl && !key.meta && !key.tab) {
      cursor.reset();
      setText((s) => (s + input).slice(0, 200));
    }
  };

  return { text, hits, index: cursor.index, highlighted: hits[cursor.index], begin, handleKey };
}
