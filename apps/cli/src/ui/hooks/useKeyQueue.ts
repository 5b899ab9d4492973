import { type Key, useInput } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyHandler } from '../modes/mode.js';

/**
 * Routes keys to `handleKey`, one per render. Ink re-subscribes its input handler in an effect, which can
 * run after the next key arrives; reading the handler from a ref set at render time means a key never sees
 * the state before the last one. Keys typed faster than a frame (or pasted) arrive as one chunk: they are
 * handled one per render, so that every key acts on the state the key before left. Until `ready` (the query
 * is there), keys wait in the queue; `q` quits at once when nothing else waits.
 */
export function useKeyQueue(handleKey: KeyHandler, ready: boolean, onAnyKey: () => void): void {
  const handler = useRef(handleKey);
  handler.current = handleKey;
  const queue = useRef<[string, Key][]>([]);
  const [tick, setTick] = useState(0);
  const isReady = useRef(ready);
  isReady.current = ready;
  const notify = useRef(onAnyKey);
  notify.current = onAnyKey;
  useEffect(() => {
    if (!ready) return;
    const next = queue.current.shift();
    if (next === undefined) return;
    handler.current(...next);
    setTick((n) => n + 1);
  }, [tick, ready]);
  useInput(
    useCallback((input: string, key: Key) => {
      notify.current();
      const chunk = input.length > 1 && !key.ctrl && !key.meta && !input.startsWith('\x1b');
      if (!isReady.current && queue.current.length === 0 && input === 'q') return handler.current(input, key);
      if (!chunk && isReady.current && queue.current.length === 0) return handler.current(input, key);
      // Keys wait their turn behind a chunk still being handled, so they keep their order.
      if (chunk) for (const ch of input) queue.current.push([ch, keyOf(ch)]);
      else queue.current.push([input, key]);
      // Before the query is there, its arrival starts the queue: no frame to draw until then.
      if (isReady.current) setTick((n) => n + 1);
    }, []),
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
