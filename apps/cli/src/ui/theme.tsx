import { Text, type TextProps } from 'ink';
import { createContext, useContext } from 'react';
import { safeLine } from '../text/sanitize.js';
import type { Line, Tone } from '../text/styled.js';

/** Whether to use colours (NO_COLOR/FORCE_COLOR); bold, dim and inverse stay, so focus is always visible. */
export const ThemeContext = createContext({ color: true });
export const useTheme = () => useContext(ThemeContext);

export function toneProps(tone: Tone | undefined, color: boolean): TextProps {
  switch (tone) {
    case 'heading':
      return { bold: true };
    case 'muted':
      return { dimColor: true };
    case 'key':
      return color ? { color: 'yellow' } : { bold: true };
    case 'accent':
    case 'ref':
      return color ? { color: 'cyan' } : {};
    case 'warn':
      return color ? { color: 'yellow' } : { bold: true };
    case 'good':
      return color ? { color: 'green' } : {};
    case 'bad':
      return color ? { color: 'red' } : { bold: true };
    case 'link':
      return color ? { color: 'blue', underline: true } : { underline: true };
    default:
      return {};
  }
}

/** One styled line, sanitized, cut at the edge of its box. */
export function LineText({ line, inverse }: { line: Line; inverse?: boolean }) {
  const { color } = useTheme();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end" inverse={inverse}>
      {line.map((s, i) => (
        <Text key={i} {...toneProps(s.tone, color)}>
          {safeLine(s.text)}
        </Text>
      ))}
    </Text>
  );
}
