/**
 * Display width of text in a terminal: CJK and full-width forms take two columns, combining marks none.
 * Enough for the scripts the dataset uses (Latin, Cyrillic, Kazakh, Chinese).
 */

const isWide = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x115f) ||
  (cp >= 0x2e80 && cp <= 0x303e) ||
  (cp >= 0x3041 && cp <= 0x33ff) ||
  (cp >= 0x3400 && cp <= 0x4dbf) ||
  (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0xa000 && cp <= 0xa4cf) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  (cp >= 0x1f300 && cp <= 0x1f64f) ||
  (cp >= 0x1f900 && cp <= 0x1f9ff) ||
  (cp >= 0x20000 && cp <= 0x3fffd);

const isZeroWidth = (cp: number): boolean =>
  (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f || cp === 0x20e3;

export const charWidth = (ch: string): number => {
  const cp = ch.codePointAt(0) ?? 0;
  if (isZeroWidth(cp)) return 0;
  return isWide(cp) ? 2 : 1;
};

/** Text of printable characters that all take one column (Latin, Greek, Cyrillic and Kazakh, Arabic): its length. */
const NARROW = /^[\u0020-\u02ff\u0370-\u10ff]*$/;

export const displayWidth = (s: string): number => {
  // The common case, tested natively: no per-character loop (which costs most while code is still cold,
  // as when the first frame is painted).
  if (NARROW.test(s)) return s.length;
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
};

/** Cut to at most `width` columns, ending with … when cut. */
export const truncate = (s: string, width: number): string => {
  if (width <= 0) return '';
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
};

/** Pad with spaces to exactly `width` columns (cutting when longer). */
export const fit = (s: string, width: number): string => {
  const t = truncate(s, width);
  return t + ' '.repeat(Math.max(0, width - displayWidth(t)));
};
