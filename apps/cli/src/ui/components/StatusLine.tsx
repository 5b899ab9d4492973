import { Box, Text } from 'ink';
import { safeLine } from '../../text/sanitize.js';
import { displayWidth, truncate } from '../../text/width.js';

/** The bottom line: counts, active filters or a message on the left, key hints on the right. */
export function StatusLine({ left, right, width }: { left: string; right: string; width: number }) {
  // Key hints give way to the message when both do not fit.
  const r = displayWidth(left) + displayWidth(right) + 3 <= width ? right : '';
  const l = truncate(safeLine(left), Math.max(0, width - displayWidth(r) - 2));
  return (
    <Box width={width} height={1} justifyContent="space-between" overflow="hidden">
      <Text
        inverse
        wrap="truncate-end"
      >{` ${l}${' '.repeat(Math.max(0, width - displayWidth(l) - displayWidth(r) - 2))}`}</Text>
      <Text inverse dimColor>{`${r} `}</Text>
    </Box>
  );
}
