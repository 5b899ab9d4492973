import type { Tone } from '../text/styled.js';

/** The text attributes of a tone: the Ink `Text` props the explorer uses (and the first paint writes). */
export interface TextStyle {
  bold?: boolean;
  dimColor?: boolean;
  underline?: boolean;
  inverse?: boolean;
  color?: 'yellow' | 'cyan' | 'green' | 'red' | 'blue';
}

/** Without colours, bold, dim and inverse stay, so focus and headings are always visible. */
export function toneProps(tone: Tone | undefined, color: boolean): TextStyle {
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
