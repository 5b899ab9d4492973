import { Box, Text } from 'ink';
import type { T } from '../../i18n/messages.js';
import { safeLine } from '../../text/sanitize.js';
import { displayWidth, fit, truncate } from '../../text/width.js';
import { windowStart } from '../hooks/useCursor.js';
import type { Item } from '../lists.js';

/** A list with the highlighted row marked (› and inverse when focused), scrolled to keep it in view. */
export function ListPane({
  items,
  index,
  width,
  height,
  focused,
  t,
}: {
  items: Item[];
  index: number;
  width: number;
  height: number;
  focused: boolean;
  t: T;
}) {
  if (items.length === 0)
    return (
      <Box width={width} height={height} paddingLeft={1}>
        <Text dimColor>{t('list.empty')}</Text>
      </Box>
    );
  const start = windowStart(index, items.length, height);
  const visible = items.slice(start, start + height);
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      {visible.map((item, i) => {
        const selected = start + i === index;
        const meta = truncate(safeLine(item.meta), Math.max(0, Math.floor(width / 3)));
        const labelWidth = Math.max(1, width - 4 - displayWidth(meta));
        return (
          <Text key={item.key} wrap="truncate-end" inverse={selected && focused} bold={selected}>
            {selected ? '›' : ' '} {fit(safeLine(item.label), labelWidth)}{' '}
            <Text dimColor={!selected}>{meta}</Text>{' '}
          </Text>
        );
      })}
    </Box>
  );
}
