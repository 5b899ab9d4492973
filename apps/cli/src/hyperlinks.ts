import { createSupportsHyperlinks } from 'supports-hyperlinks';
import type { Stream } from './env.js';

// A module of its own, loaded by what prints URLs (`show`, the explorer), not by every command's start.

/**
 * Whether the terminal shows OSC 8 hyperlinks (a URL stays clickable whole wherever it is wrapped or cut):
 * FORCE_HYPERLINK decides when set (0 or false off); colours turned off by NO_COLOR or FORCE_COLOR=0 turn
 * these escapes off too; a pipe or a dumb terminal never gets them; otherwise supports-hyperlinks knows
 * which terminals (and versions) show them (it reads process.env).
 */
export function hyperlinksEnabled(stream: Stream, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_HYPERLINK;
  if (force !== undefined && force !== '') return !(force === '0' || force === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (!stream.isTTY || env.TERM === 'dumb') return false;
  return createSupportsHyperlinks(stream);
}
