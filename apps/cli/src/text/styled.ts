import { safeLine } from './sanitize.js';
import { charWidth, displayWidth, fit } from './width.js';

/**
 * Styled text shared by the plain-text commands and the Ink UI: a line is a list of segments, each with a
 * tone. Segment text is sanitized when rendered, so our own escape codes are the only ones ever written.
 */
export type Tone = 'heading' | 'muted' | 'accent' | 'key' | 'warn' | 'good' | 'bad' | 'link' | 'ref';
export interface Seg {
  text: string;
  tone?: Tone;
  /** The id of the record this segment links to (the explorer focuses and opens it). */
  ref?: string;
}
export type Line = Seg[];

export const seg = (text: string, tone?: Tone): Seg => (tone ? { text, tone } : { text });
/** A segment naming another record: shown in the accent tone, a link in the explorer. */
export const link = (text: string, ref: string): Seg => ({ text, tone: 'accent', ref });
export const plainLine = (text: string, tone?: Tone): Line => [seg(text, tone)];
export const lineText = (line: Line): string => line.map((s) => s.text).join('');

const ANSI: Record<Tone, [string, string]> = {
  heading: ['\x1b[1m', '\x1b[22m'],
  muted: ['\x1b[2m', '\x1b[22m'],
  accent: ['\x1b[36m', '\x1b[39m'],
  key: ['\x1b[33m', '\x1b[39m'],
  warn: ['\x1b[33m', '\x1b[39m'],
  good: ['\x1b[32m', '\x1b[39m'],
  bad: ['\x1b[31m', '\x1b[39m'],
  link: ['\x1b[34m\x1b[4m', '\x1b[24m\x1b[39m'],
  ref: ['\x1b[36m', '\x1b[39m'],
};

/** A URL alone (what the `link` tone shows), the only text made an OSC 8 hyperlink. */
export const isUrl = (text: string): boolean => /^https?:\/\/\S+$/.test(text);

/**
 * `text` as an OSC 8 hyperlink to `url` (ESC ] 8 ; ; url ESC \ text ESC ] 8 ; ; ESC \): a terminal that
 * knows it opens the whole URL however the text is cut or wrapped; one that does not shows the text alone.
 * `url` must be sanitized already (isUrl: no spaces or control characters).
 */
export const hyperlink = (url: string, text: string): string => `\x1b]8;;${url}\x1b\\${text}\x1b]8;;\x1b\\`;

/** Text with the URLs in it as `link` segments (a message naming a URL to copy or click). */
export const linkify = (text: string, tone?: Tone): Line =>
  text
    .split(/(https?:\/\/\S+)/)
    .filter((part) => part !== '')
    .map((part) => seg(part, isUrl(part) ? 'link' : tone));

/**
 * One line as a string: sanitized, with ANSI styles only when `color` is on; with `hyperlinks`, a URL
 * (the `link` tone) is an OSC 8 hyperlink to itself, so it stays clickable wherever the terminal wraps it.
 */
export const renderLine = (line: Line, color: boolean, hyperlinks = false): string =>
  line
    .map(({ text, tone }) => {
      const t = safeLine(text);
      const styled = !color || !tone || t === '' ? t : `${ANSI[tone][0]}${t}${ANSI[tone][1]}`;
      return hyperlinks && tone === 'link' && isUrl(t) ? hyperlink(t, styled) : styled;
    })
    .join('')
    .replace(/\s+$/, '');

/**
 * Word-wrap a line to `width` columns; continuation lines get `indent` spaces (hanging indent).
 * Words longer than a line are cut, except URLs (the `link` tone), which stay whole on a row of their own.
 */
export function wrapLine(line: Line, width: number, indent = 0): Line[] {
  const out: Line[] = [];
  let current: Line = [];
  let used = 0;
  const newLine = () => {
    out.push(current);
    current = indent > 0 ? [seg(' '.repeat(indent))] : [];
    used = indent;
  };
  const push = (text: string, tone?: Tone, ref?: string) => {
    const last = current.at(-1);
    if (last && last.tone === tone && last.ref === ref) last.text += text;
    else current.push(ref ? { ...seg(text, tone), ref } : seg(text, tone));
    used += displayWidth(text);
  };
  for (const { text, tone, ref } of line) {
    for (const token of safeLine(text).split(/(\s+)/)) {
      if (token === '') continue;
      const w = displayWidth(token);
      if (/^\s+$/.test(token)) {
        if (used + w <= width) push(token, tone, ref);
        else if (used > indent) newLine();
        continue;
      }
      if (used + w > width && used > indent) newLine();
      if (w <= width - used) {
        push(token, tone, ref);
        continue;
      }
      // A URL is never cut across rows: it keeps a row of its own, cut at the edge where it is drawn.
      if (tone === 'link') {
        push(token, tone, ref);
        continue;
      }
      // A word longer than the room left: cut it character by character.
      let part = '';
      let pw = 0;
      for (const ch of token) {
        const cw = charWidth(ch);
        if (used + pw + cw > width) {
          if (part) push(part, tone, ref);
          newLine();
          part = '';
          pw = 0;
        }
        part += ch;
        pw += cw;
      }
      if (part) push(part, tone, ref);
    }
  }
  out.push(current);
  return out.map((l) => trimEnd(l));
}

/** Wrap lines to a pane, continuation lines indented under their text. */
export const wrapAll = (lines: Line[], width: number): Line[] =>
  lines.flatMap((l) => {
    const lead = /^\s*(• )?/.exec(lineText(l))?.[0].length ?? 0;
    return wrapLine(l, width, Math.min(lead + 2, 8));
  });

const trimEnd = (line: Line): Line => {
  const copy = line.map((s) => ({ ...s }));
  while (copy.length > 0) {
    const last = copy[copy.length - 1] as Seg;
    last.text = last.text.replace(/\s+$/, '');
    if (last.text !== '') break;
    copy.pop();
  }
  return copy;
};

/** Cut or pad a line to exactly `width` columns. */
export function fitLine(line: Line, width: number): Line {
  const out: Line = [];
  let left = width;
  for (const s of line) {
    if (left <= 0) break;
    const w = displayWidth(s.text);
    if (w <= left) {
      out.push(s);
      left -= w;
    } else {
      out.push({ ...s, text: fit(s.text, left) });
      left = 0;
    }
  }
  return out;
}
