import { UNSAFE_CHARS } from '../schema/primitives.js';

/** One thing wrong with a record: where (file, line, field path), what, and how to fix it. */
export interface Problem {
  file: string;
  line?: number;
  path: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

/** Every unsafe character, and lone surrogates (half an emoji, not text). */
const UNSEEN = new RegExp(
  `${UNSAFE_CHARS.source}|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
  'g',
);

/**
 * Text with control, escape and bidi characters written as `\u001B`: problems quote field names, keys and
 * paths from the user's file, and printing them raw would let the file clear or retitle the terminal.
 */
export const visible = (text: string): string =>
  text.replace(UNSEEN, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** `projects.0.name` style path, or `(record)` for the whole record. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.length === 0 ? '(record)' : visible(path.map(String).join('.'));

/** A problem whose every text is safe to print (see `visible`). */
export const safeProblem = (p: Problem): Problem => ({
  ...p,
  file: visible(p.file),
  path: visible(p.path),
  message: visible(p.message),
  ...(p.hint !== undefined ? { hint: visible(p.hint) } : {}),
});

/** `file:line field: message (hint)`, the one-line form the CLI and the build print; safe for a terminal. */
export const formatProblem = (p: Problem): string =>
  visible(`${p.file}${p.line ? `:${p.line}` : ''} ${p.path}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
