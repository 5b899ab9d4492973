import { describe, expect, it } from 'vitest';
import { dropDuplicateMarkup } from '../scripts/payload-markup.mjs';

const SVG = `<g>${'<circle r="1"></circle>'.repeat(40)}<text>Almaty · Алматы</text></g>`;
const LONG_TEXT = `A description long enough to be sent as a text row. ${'x'.repeat(600)}`;
const bytes = (s: string) => Buffer.byteLength(s).toString(16);
const push = (text: string) =>
  `<script>self.__next_f.push(${JSON.stringify([1, text]).replace(/</g, '\\u003c')})</script>`;

// As Next.js exports it: the markup, then the payload cut into pushes, here in the middle of the SVG row.
const payload =
  `1:["$","svg",null,{"dangerouslySetInnerHTML":{"__html":"$2"}}]\n2:T${bytes(SVG)},${SVG}` +
  `3:T${bytes(LONG_TEXT)},${LONG_TEXT}4:["$","p",null,{"children":"$3"}]\n`;
const cut = payload.indexOf('<circle') + 50;
const PAGE = `<html><body><svg>${SVG}</svg><p>${LONG_TEXT}</p>${push(payload.slice(0, cut))}${push(payload.slice(cut))}</body></html>`;

function payloadOf(html: string): string {
  return [...html.matchAll(/self\.__next_f\.push\((.*?)\)<\/script>/g)]
    .map((m) => (JSON.parse(m[1] as string) as [number, string])[1])
    .join('');
}

describe('dropDuplicateMarkup', () => {
  const { html, rows, saved } = dropDuplicateMarkup(PAGE);

  it('empties the payload copy of innerHTML markup, even across pushes, and keeps the markup', () => {
    expect(rows).toBe(1);
    expect(saved).toBe(Buffer.byteLength(SVG));
    expect(payloadOf(html)).toContain('2:T0,3:T');
    expect(payloadOf(html)).not.toContain('<circle');
    expect(html).toContain(`<svg>${SVG}</svg>`);
  });

  it('keeps a long plain string, which React compares while hydrating', () => {
    expect(payloadOf(html)).toContain(`3:T${bytes(LONG_TEXT)},${LONG_TEXT}4:`);
  });

  it('changes nothing the second time', () => {
    expect(dropDuplicateMarkup(html).html).toBe(html);
  });
});
