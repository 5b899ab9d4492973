import { Box } from 'ink';
import type { MessageKey, T } from '../../i18n/messages.js';
import { type Line, seg, wrapLine } from '../../text/styled.js';
import { displayWidth } from '../../text/width.js';
import { Rows } from './Rows.js';

const KEYS: [keys: string, what: MessageKey][] = [
  ['Tab  Shift+Tab  1-5', 'help.tabs'],
  ['↑ ↓  j k  PgUp PgDn', 'help.move'],
  ['g  G', 'help.ends'],
  ['Tab  Shift+Tab', 'help.links'],
  ['Enter', 'help.open'],
  ['Esc  Backspace', 'help.back'],
  ['/', 'help.search'],
  ['f', 'help.filters'],
  ['Space  c  ← →', 'help.filterKeys'],
  ['← →', 'help.source'],
  ['o', 'help.openSource'],
  ['y', 'help.command'],
  ['l', 'help.lang'],
  ['?', 'help.help'],
  ['q  Ctrl+C', 'help.quit'],
];

/** The keys' column: as wide as the longest keys, plus a gap. */
const KEYS_WIDTH = Math.max(...KEYS.map(([k]) => displayWidth(k))) + 3;
/** Below this width a key's words go under it instead of beside it. */
const SIDE_BY_SIDE_MIN = KEYS_WIDTH + 24;
const PAD = 2;

/**
 * Every key and what it does, word-wrapped to the width (never cut): beside the keys when there is room,
 * under them, indented, when the terminal is narrow.
 */
export function helpLines(t: T, width: number): Line[] {
  const room = Math.max(10, width - PAD);
  const side = room >= SIDE_BY_SIDE_MIN;
  return KEYS.flatMap(([keys, what]) =>
    side
      ? wrapLine([seg(keys.padEnd(KEYS_WIDTH), 'key'), seg(t(what))], room, KEYS_WIDTH)
      : [[seg(keys, 'key')], ...wrapLine([seg(`    ${t(what)}`)], room, 4)],
  );
}

/** Rows the key list gets: the body less the title and the closing line. */
export const helpRows = (height: number): number => Math.max(1, height - 2);

/** The furthest the key list scrolls at this size. */
export const helpMaxScroll = (t: T, width: number, height: number): number =>
  Math.max(0, helpLines(t, width).length - helpRows(height));

/**
 * Every key, in the current language, under a title that names where the user is (the tab, the record);
 * ↑ ↓ scroll it when it does not fit, and the last line says how to close it and whether more follows.
 */
export function HelpOverlay({
  t,
  width,
  height,
  where,
  scroll,
}: {
  t: T;
  width: number;
  height: number;
  /** Where the user is: the tab or the record the help was opened over. */
  where: string;
  scroll: number;
}) {
  const lines = helpLines(t, width);
  const rows = helpRows(height);
  const start = Math.min(Math.max(0, scroll), Math.max(0, lines.length - rows));
  const more = lines.length > rows;
  const position = more ? ` · ${start + 1}–${Math.min(lines.length, start + rows)}/${lines.length} ↑↓` : '';
  const title: Line = [seg(t('help.title'), 'heading'), seg(` · ${where}`, 'muted')];
  const close: Line = [seg(`${t('help.close')}${position}`, 'muted')];
  return (
    <Box flexDirection="column" width={width} height={height} paddingLeft={PAD} overflowY="hidden">
      <Rows lines={[title]} width={width - PAD} height={1} />
      <Rows lines={lines} width={width - PAD} height={rows} start={start} />
      <Rows lines={[close]} width={width - PAD} height={1} />
    </Box>
  );
}
