import { useCallback, useState } from 'react';

/** A cursor in a list of `length` items that stays in range when the list changes. */
export function useCursor(length: number) {
  const [index, setIndex] = useState(0);
  const clamped = length === 0 ? 0 : Math.min(index, length - 1);
  const move = useCallback(
    (delta: number) =>
      setIndex((i) => Math.max(0, Math.min(Math.max(0, length - 1), Math.min(i, length - 1) + delta))),
    [length],
  );
  const reset = useCallback(() => setIndex(0), []);
  const set = useCallback((i: number) => setIndex(Math.max(0, i)), []);
  return { index: clamped, move, reset, set };
}

/** The first visible row of a window of `height` rows that keeps `index` in view, centred when possible. */
export const windowStart = (index: number, length: number, height: number): number => {
  if (length <= height) return 0;
  return Math.max(0, Math.min(index - Math.floor(height / 2), length - height));
};
