import type { Key } from 'ink';

/** What the explorer is doing: browsing a tab, reading a record, typing a search, or choosing filters. */
export type Mode = 'browse' | 'detail' | 'search' | 'filters';

/** The screen's split, computed once per frame by the App and shared by every mode. */
export interface Layout {
  width: number;
  bodyHeight: number;
  /** Rows of the body a page key moves by (the body less its title row). */
  bodyRows: number;
  /** Whether the list and the record share the screen side by side. */
  wide: boolean;
  listWidth: number;
  detailWidth: number;
}

/** A mode's key handler: returns nothing; the App routes a key to the mode that owns it. */
export type KeyHandler = (input: string, key: Key) => void;
