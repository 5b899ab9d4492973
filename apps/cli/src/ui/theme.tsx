import { Text } from 'ink';
import { createContext, useContext } from 'react';
import { safeLine } from '../text/sanitize.js';
import type { Line } from '../text/styled.js';
import { toneProps } from './tones.js';

/** Whether to use colours (NO_COLOR/FORCE_COLOR); bold, dim and inverse stay, so focus is always visible. */
export const ThemeContext = createContext({ color: true });
export const useTheme = () => useContext(ThemeContext);

/** One styled line, sanitized, cut at the edge of its box; the link to `focusRef` (if any) shown focused. */
export function LineText({ line, inverse, focusRef }: { line: Line; inverse?: boolean; focusRef?: string }) {
  const { color } = useTheme();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end" inverse={inverse}>
      {line.map((s, i) => (
        <Text
          key={i}
          {...toneProps(s.tone, color)}
          {...(focusRef !== undefined && s.ref === focusRef ? { inverse: true, bold: true } : {})}
        >
          {safeLine(s.text)}
        </Text>
      ))}
    </Text>
  );
}
