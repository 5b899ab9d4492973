import { colorEnabled, fitWidth, type Stream } from './env.js';
import { safeJson, safeText } from './text/sanitize.js';
import { type Line, renderLine } from './text/styled.js';

/**
 * Everything the commands print goes through here: styled lines are sanitized segment by segment and
 * coloured only when colours are on; JSON and CSV are escaped so nothing can drive the terminal.
 */
export interface Output {
  color: boolean;
  /** Columns to fit tables to, or undefined for a pipe. */
  width: number | undefined;
  lines(lines: Line[]): void;
  json(value: unknown): void;
  /** Raw text from our own writers (GeoJSON): control characters are escaped all the same. */
  text(s: string): void;
  /** CSV (RFC 4180): its CRLF line ends stay real line ends; any other control character is escaped. */
  csv(s: string): void;
  /** A message on stderr. */
  error(line: Line): void;
}

/** With `hyperlinks` (see hyperlinks.ts), URLs in styled lines are OSC 8 links to themselves. */
export function createOutput({
  stdout = process.stdout,
  stderr = process.stderr,
  hyperlinks = false,
}: {
  stdout?: NodeJS.WritableStream & Stream;
  stderr?: NodeJS.WritableStream & Stream;
  hyperlinks?: boolean;
} = {}): Output {
  const color = colorEnabled(stdout);
  const errColor = colorEnabled(stderr);
  return {
    color,
    width: fitWidth(stdout),
    lines: (lines) => {
      if (lines.length > 0)
        stdout.write(`${lines.map((l) => renderLine(l, color, hyperlinks)).join('\n')}\n`);
    },
    json: (value) => stdout.write(`${safeJson(value)}\n`),
    text: (s) => stdout.write(safeText(s.endsWith('\n') ? s : `${s}\n`)),
    csv: (s) => stdout.write(`${s.replace(/\r\n$/, '').split('\r\n').map(safeText).join('\r\n')}\r\n`),
    error: (line) => stderr.write(`${renderLine(line, errColor)}\n`),
  };
}
