// @ts-check
// Markup that an exported page carries twice, and the rewrite that keeps one copy.
//
// The map and the charts are SVG strings that the server renders once and places with
// `dangerouslySetInnerHTML`. Next.js then writes each string twice into the page: as markup, and again
// inside the inline React Server Components payload, from which React hydrates. In production React
// never compares or rewrites `dangerouslySetInnerHTML` while hydrating, and these elements are never
// rendered again in the browser, so the payload's copy is dead weight: on the overview and the projects
// page it was a quarter of the HTML. The rewrite empties a payload text row when the same text already
// stands in the page's markup.

const MIN_LENGTH = 512;
const PUSH = /<script>self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)<\/script>/g;

/**
 * The page with every large payload text row that repeats its markup emptied, and the bytes saved.
 * A page without such rows (or one already rewritten) comes back unchanged.
 * @param {string} html
 * @returns {{ html: string, rows: number, saved: number }}
 */
export function dropDuplicateMarkup(html) {
  const pushes = [...html.matchAll(PUSH)].map((m) => ({
    index: m.index ?? 0,
    length: m[0].length,
    text: /** @type {[number, string]} */ (JSON.parse(m[1] ?? '[1,""]'))[1],
  }));
  if (pushes.length === 0) return { html, rows: 0, saved: 0 };
  const markup = html.slice(0, pushes[0]?.index);
  // The payload is one stream cut into pushes at arbitrary places: rows are found in the whole of it.
  const payload = pushes.map((p) => p.text).join('');
  /** @type {{ from: number, to: number, by: string }[]} */
  const edits = [];
  let saved = 0;
  // A text row is `<id>:T<hex byte length>,<text>`. Rows are separated by newlines, except that nothing
  // follows a text row's text: the next row may start right there.
  // Only rows that are the `__html` of a `dangerouslySetInnerHTML`: a long plain string is a text row too,
  // and React does compare text while hydrating.
  const row = /(?:^|\n)([0-9a-f]+):T([0-9a-f]+),/g;
  const rowRightHere = /([0-9a-f]+):T([0-9a-f]+),/y;
  let m = row.exec(payload);
  while (m) {
    const hex = m[2] ?? '';
    const textStart = m.index + m[0].length;
    const bytes = Number.parseInt(hex, 16);
    const textEnd = endOfBytes(payload, textStart, bytes);
    if (
      bytes >= MIN_LENGTH &&
      payload.includes(`{"__html":"$${m[1]}"}`) &&
      markup.includes(payload.slice(textStart, textEnd))
    ) {
      edits.push({ from: textStart - hex.length - 1, to: textEnd, by: '0,' });
      saved += bytes;
    }
    rowRightHere.lastIndex = textEnd;
    row.lastIndex = textEnd;
    m = rowRightHere.exec(payload) ?? row.exec(payload);
  }
  if (edits.length === 0) return { html, rows: 0, saved: 0 };

  // Apply the edits push by push; an edit's replacement goes where it starts.
  let out = '';
  let cursor = 0;
  let offset = 0;
  for (const push of pushes) {
    const from = offset;
    const to = offset + push.text.length;
    offset = to;
    let text = '';
    let at = from;
    for (const e of edits) {
      if (e.to <= from || e.from >= to) continue;
      if (e.from > at) text += payload.slice(at, e.from);
      if (e.from >= from) text += e.by;
      at = Math.min(Math.max(at, e.to), to);
    }
    text += payload.slice(at, to);
    out += html.slice(cursor, push.index);
    if (text) out += `<script>self.__next_f.push(${escapeForScript(JSON.stringify([1, text]))})</script>`;
    cursor = push.index + push.length;
  }
  out += html.slice(cursor);
  return { html: out, rows: edits.length, saved };
}

/** As Next.js writes its payload: nothing in it can close the script or read as markup. */
function escapeForScript(json) {
  return json
    .replace(/&/g, '\\u0026')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Where the text of `bytes` UTF-8 bytes starting at `start` ends. */
function endOfBytes(text, start, bytes) {
  let n = 0;
  let i = start;
  while (n < bytes && i < text.length) {
    const c = text.codePointAt(i) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c >= 0x10000 ? 2 : 1;
  }
  return i;
}
