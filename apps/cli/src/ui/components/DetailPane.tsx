import { Box, Text } from 'ink';
import { safeLine } from '../../text/sanitize.js';
import type { Line } from '../../text/styled.js';
import { truncate } from '../../text/width.js';
import { Rows } from './Rows.js';

/** A record: its title, then its wrapped lines from `scroll`; the chosen source line is highlighted. */
export function DetailPane({
  title,
  lines,
  width,
  height,
  scroll,
  highlight,
  focus,
  focused,
}: {
  title: string;
  lines: Line[];
  width: number;
  height: number;
  scroll: number;
  highlight?: number;
  focus?: { line: number; id: string };
  focused: boolean;
}) {
  const bodyHeight = Math.max(1, height - 1);
  const more = lines.length - scroll - bodyHeight;
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      <Box width={width} height={1} justifyContent="space-between">
        <Text bold underline={focused} wrap="truncate-end">
          {truncate(safeLine(title), Math.max(1, width - 8))}
        </Text>
        <Text dimColor>{more > 0 ? `↓${more}` : scroll > 0 ? '↑' : ''}</Text>
      </Box>
      <Rows
        lines={lines}
        width={width}
        height={bodyHeight}
        start={scroll}
        highlight={highlight}
        focus={focus}
      />
    </Box>
  );
}
