import { Box, Text, Transform } from 'ink';
import { safeLine } from '../../text/sanitize.js';
import { hyperlink, linkify } from '../../text/styled.js';
import { displayWidth, truncate } from '../../text/width.js';
import { useTheme } from '../theme.js';

/** The bottom line: counts, active filters or a message on the left, key hints on the right. */
export function StatusLine({ left, right, width }: { left: string; right: string; width: number }) {
  const { hyperlinks = false } = useTheme();
  // Key hints give way to the message when both do not fit.
  const r = displayWidth(left) + displayWidth(right) + 3 <= width ? right : '';
  const text = safeLine(left);
  const l = truncate(text, Math.max(0, width - displayWidth(r) - 2));
  // One Text for the whole row: a sibling placed beside a hyperlink would be laid out at the wrong column.
  return (
    <Box width={width} height={1} overflow="hidden">
      <Text inverse wrap="truncate-end">
        {' '}
        {hyperlinks ? <Linked text={text} shown={l} /> : l}
        {' '.repeat(Math.max(0, width - displayWidth(l) - displayWidth(r) - 2))}
        <Text dimColor>{`${r} `}</Text>
      </Text>
    </Box>
  );
}

/**
 * `shown` (the start of `text`, cut to fit) with each URL of `text` an OSC 8 link to the whole URL, however
 * much of it fits (a chosen source's URL on the status line).
 */
function Linked({ text, shown }: { text: string; shown: string }) {
  let rest = shown;
  return linkify(text).map((part, i) => {
    const visible = rest.slice(0, part.text.length);
    rest = rest.slice(visible.length);
    if (visible === '') return null;
    return part.tone === 'link' ? (
      <Transform key={i} transform={(s) => hyperlink(part.text, s)}>
        <Text>{visible}</Text>
      </Transform>
    ) : (
      visible
    );
  });
}
