import { Text, Transform } from 'ink';
import { createContext, useContext } from 'react';
import { safeLine } from '../text/sanitize.js';
import { hyperlink, isUrl, type Line } from '../text/styled.js';
import { toneProps } from './tones.js';

/**
 * What the terminal shows: colours (NO_COLOR/FORCE_COLOR; bold, dim and inverse stay, so focus is always
 * visible) and OSC 8 hyperlinks (hyperlinks.ts).
 */
export const ThemeContext = createContext<{ color: boolean; hyperlinks?: boolean }>({ color: true });
export const useTheme = () => useContext(ThemeContext);

/**
 * One styled line, sanitized, cut at the edge of its box; the link to `focusRef` (if any) shown focused.
 * A URL is never wrapped (its row is cut at the edge instead); with hyperlinks on, Ink's Transform makes
 * the part shown an OSC 8 link to the whole URL, so a click opens all of it however little fits.
 */
export function LineText({ line, inverse, focusRef }: { line: Line; inverse?: boolean; focusRef?: string }) {
  const { color, hyperlinks = false } = useTheme();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end" inverse={inverse}>
      {line.map((s, i) => {
        const text = safeLine(s.text);
        const styled = (
          <Text
            key={i}
            {...toneProps(s.tone, color)}
            {...(focusRef !== undefined && s.ref === focusRef ? { inverse: true, bold: true } : {})}
          >
            {text}
          </Text>
        );
        return hyperlinks && s.tone === 'link' && isUrl(text) ? (
          <Transform key={i} transform={(shown) => hyperlink(text, shown)}>
            {styled}
          </Transform>
        ) : (
          styled
        );
      })}
    </Text>
  );
}
