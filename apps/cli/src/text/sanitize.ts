/**
 * Terminal safety. Nothing from a record or a user's file reaches the terminal raw: C0/C1 control
 * characters (ESC starts colour codes, title changes, screen clears), DEL and bidi overrides are shown as
 * visible escapes such as `\x1B` instead.
 */

// C0 except tab and newline, DEL, C1, line/paragraph separators, bidi marks, embeddings, overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// The same, plus tab, newline and carriage return: for text that must stay on one line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
const UNSAFE_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const visible = (ch: string): string => {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff
    ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
    : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
};

/** Text that may span lines (keeps tab and newline). */
export const safeText = (s: string): string => s.replace(UNSAFE, visible);

/** Text for one line: newlines and tabs become visible escapes too. */
export const safeLine = (s: string): string => s.replace(UNSAFE_LINE, visible);

/** Make any value printable on one line. */
export const safe = (v: unknown): string => safeLine(typeof v === 'string' ? v : String(v));

// Characters JSON.stringify writes raw that a terminal would obey: C1 controls, bidi marks and overrides,
// line and paragraph separators.
const RAW_IN_JSON = /[\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const RAW_IN_JSON_ALL = new RegExp(RAW_IN_JSON.source, 'g');

/**
 * JSON for a terminal or a pipe. JSON.stringify escapes C0 controls but writes C1 controls, bidi
 * overrides and line separators raw; escape those too (the result is still valid JSON). Text rarely has
 * any: a test finds out in one pass, and the copy with them escaped is made only when needed.
 */
export const safeJson = (value: unknown): string => {
  const json = JSON.stringify(value, null, 2);
  return RAW_IN_JSON.test(json)
    ? json.replace(RAW_IN_JSON_ALL, (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)
    : json;
};
