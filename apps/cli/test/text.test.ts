import { afterEach, describe, expect, it, vi } from 'vitest';
import { colorEnabled } from '../src/env.js';
import { hyperlinksEnabled } from '../src/hyperlinks.js';
import { safeJson, safeLine, safeText } from '../src/text/sanitize.js';
import { hyperlink, linkify, renderLine, seg, wrapLine } from '../src/text/styled.js';
import { displayWidth, fit, truncate } from '../src/text/width.js';
import { CONTROL } from './helpers.js';

describe('terminal safety', () => {
  it('shows control, escape and bidi characters as visible escapes', () => {
    expect(safeLine('a\x1b[2Jb')).toBe('a\\x1B[2Jb');
    expect(safeLine('t\x1b]0;x\x07')).toBe('t\\x1B]0;x\\x07');
    expect(safeLine('\u009b31m')).toBe('\\x9B31m');
    expect(safeLine('abc\u202edef')).toBe('abc\\u202Edef');
    expect(safeLine('two\nlines')).toBe('two\\x0Alines');
    expect(safeText('two\nlines\tok')).toBe('two\nlines\tok');
  });

  it('keeps JSON valid while escaping what JSON.stringify leaves raw', () => {
    const value = { s: 'x\u009b\u202ey\x1b' };
    const text = safeJson(value);
    expect(text).not.toMatch(CONTROL);
    expect(text).not.toContain('\u202e');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('styles only with colour on, and sanitizes every segment', () => {
    const line = [seg('Name: ', 'key'), seg('evil\x1b[31m')];
    expect(renderLine(line, false)).toBe('Name: evil\\x1B[31m');
    expect(renderLine(line, true)).toBe('\x1b[33mName: \x1b[39mevil\\x1B[31m');
  });

  it('follows NO_COLOR and FORCE_COLOR', () => {
    expect(colorEnabled({ isTTY: true }, { TERM: 'xterm' })).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
  });
});

describe('hyperlinks', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  // supports-hyperlinks reads process.env: stub it, and pass the same environment.
  const env = (vars: Record<string, string>) => {
    for (const key of [
      'CI',
      'FORCE_HYPERLINK',
      'NO_COLOR',
      'FORCE_COLOR',
      'TERM',
      'TERM_PROGRAM',
      'VTE_VERSION',
      'WT_SESSION',
    ])
      vi.stubEnv(key, undefined);
    for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
    return process.env;
  };
  const tty = { isTTY: true };
  const pipe = { isTTY: false };

  it('FORCE_HYPERLINK decides; colours turned off, a pipe or a dumb terminal turn them off; else the terminal', () => {
    expect(hyperlinksEnabled(pipe, env({ FORCE_HYPERLINK: '1' }))).toBe(true);
    expect(hyperlinksEnabled(tty, env({ FORCE_HYPERLINK: '0', TERM_PROGRAM: 'ghostty' }))).toBe(false);
    expect(hyperlinksEnabled(tty, env({ FORCE_HYPERLINK: 'false', TERM_PROGRAM: 'ghostty' }))).toBe(false);
    expect(hyperlinksEnabled(tty, env({ NO_COLOR: '1', TERM_PROGRAM: 'ghostty' }))).toBe(false);
    expect(hyperlinksEnabled(tty, env({ FORCE_COLOR: '0', TERM_PROGRAM: 'ghostty' }))).toBe(false);
    expect(hyperlinksEnabled(pipe, env({ TERM_PROGRAM: 'ghostty' }))).toBe(false);
    expect(hyperlinksEnabled(tty, env({ TERM: 'dumb', TERM_PROGRAM: 'ghostty' }))).toBe(false);
    expect(hyperlinksEnabled(tty, env({ TERM: 'xterm-256color', TERM_PROGRAM: 'ghostty' }))).toBe(true);
    expect(hyperlinksEnabled(tty, env({ TERM: 'xterm-256color', VTE_VERSION: '7600' }))).toBe(true);
    expect(hyperlinksEnabled(tty, env({ TERM: 'xterm-256color' }))).toBe(false);
  });

  it('a URL in a line is an OSC 8 link to itself only with hyperlinks on; messages keep their URLs whole', () => {
    const url = 'https://example.org/a/long/path?q=1';
    const line = [seg('    '), seg(url, 'link')];
    expect(renderLine(line, false, false)).toBe(`    ${url}`);
    expect(renderLine(line, false, true)).toBe(`    ${hyperlink(url, url)}`);
    expect(hyperlink(url, 'shown')).toBe(`\x1b]8;;${url}\x1b\\shown\x1b]8;;\x1b\\`);
    // Text that is not a URL, or not in the link tone, is never linked.
    expect(renderLine([seg('not a url', 'link'), seg(url)], false, true)).toBe(`not a url${url}`);
    expect(linkify(`opening ${url} now`)).toEqual([seg('opening '), seg(url, 'link'), seg(' now')]);
    // Wrapped to 20 columns, the URL keeps a row of its own instead of being cut across rows.
    const rows = wrapLine(linkify(`source [1] Publisher: ${url}`), 20);
    expect(rows.map((r) => r.map((s) => s.text).join(''))).toContain(url);
  });
});

describe('widths', () => {
  it('counts Chinese characters as two columns', () => {
    expect(displayWidth('扎纳塔斯风电场')).toBe(14);
    expect(displayWidth('Жаңатас')).toBe(7);
    expect(truncate('扎纳塔斯风电场', 7)).toBe('扎纳塔…');
    expect(displayWidth(fit('扎纳塔斯风电场', 9))).toBe(9);
  });

  it('wraps with a hanging indent and never exceeds the width', () => {
    const lines = wrapLine([seg('Summary: '), seg('a '.repeat(60))], 30, 2);
    for (const l of lines) expect(displayWidth(l.map((s) => s.text).join(''))).toBeLessThanOrEqual(30);
    expect(lines[1]?.[0]?.text.startsWith('  ')).toBe(true);
  });
});
