import { Box, Text } from 'ink';
import { safeLine } from '../../text/sanitize.js';
import { fit } from '../../text/width.js';
import { windowStart } from '../hooks/useCursor.js';

/** One row of the filter panel: a section title, a value to toggle with its count, or a year bound. */
export type FilterRow =
  | { type: 'header'; label: string }
  | {
      type: 'toggle';
      facet: 'sector' | 'status' | 'region' | 'kind';
      value: string;
      label: string;
      count: number;
      on: boolean;
    }
  | { type: 'year'; bound: 'from' | 'to'; label: string; value?: number };

/** Facet values with their counts under the current filter; the cursor skips section titles. */
export function FilterPanel({
  rows,
  index,
  width,
  height,
  title,
  hint,
  any,
}: {
  rows: FilterRow[];
  index: number;
  width: number;
  height: number;
  title: string;
  hint: string;
  any: string;
}) {
  const body = Math.max(1, height - 2);
  const start = windowStart(index, rows.length, body);
  return (
    <Box flexDirection="column" width={width} height={height} overflowY="hidden">
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      <Text dimColor wrap="truncate-end">
        {hint}
      </Text>
      {rows.slice(start, start + body).map((row, i) => {
        const selected = start + i === index;
        const key = `${start + i}`;
        if (row.type === 'header')
          return (
            <Text key={key} bold underline wrap="truncate-end">
              {safeLine(row.label)}
            </Text>
          );
        if (row.type === 'year')
          return (
            <Text key={key} inverse={selected} wrap="truncate-end">
              {selected ? '›' : ' '} {fit(row.label, 12)} ◂ {row.value ?? any} ▸
            </Text>
          );
        return (
          <Text key={key} inverse={selected} wrap="truncate-end">
            {selected ? '›' : ' '} {row.on ? '[x]' : '[ ]'}{' '}
            {fit(safeLine(row.label), Math.max(8, width - 16))}
            <Text dimColor={!selected}>{String(row.count).padStart(5)}</Text>
          </Text>
        );
      })}
    </Box>
  );
}
