import { Box } from 'ink';
import type { Line } from '../../text/styled.js';
import { LineText } from '../theme.js';

/** Exactly `height` rows of pre-wrapped lines starting at `start`; `highlight` marks one row inverse. */
export function Rows({
  lines,
  width,
  height,
  start = 0,
  highlight,
  focus,
}: {
  lines: Line[];
  width: number;
  height: number;
  start?: number;
  highlight?: number;
  /** The focused link: its line and the record it opens. */
  focus?: { line: number; id: string };
}) {
  const visible = lines.slice(start, start + height);
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      {visible.map((line, i) => (
        <LineText
          key={i}
          line={line}
          inverse={start + i === highlight}
          {...(focus && start + i === focus.line ? { focusRef: focus.id } : {})}
        />
      ))}
    </Box>
  );
}
