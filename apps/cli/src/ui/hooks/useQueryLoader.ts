import type { Query } from '@dostyk/data';
import { useEffect, useState } from 'react';

/** The query API, given at once or loaded by a function the first time the explorer is on screen. */
export function useQueryLoader(queryOrLoader: Query | (() => Promise<Query>)): Query | undefined {
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
  return query;
}
