/** What the terminal can do, decided once from the streams and the environment. */
import { isLang, type Lang } from './i18n/langs.js';

export interface Stream {
  isTTY?: boolean;
  columns?: number;
}

/**
 * Colours follow the conventions: NO_COLOR (non-empty) turns them off, FORCE_COLOR turns them on (0 or
 * false turns them off), otherwise only a terminal that is not `dumb` gets them.
 */
export function colorEnabled(stream: Stream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force === 'false');
  return !!stream.isTTY && env.TERM !== 'dumb';
}

/**
 * Whether the terminal takes OSC 52 (an application setting the clipboard): DOSTYK_CLIPBOARD=1 or 0 decides;
 * otherwise tmux (with its set-clipboard option on) and terminals known to accept it.
 */
export function clipboardEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.DOSTYK_CLIPBOARD;
  if (force !== undefined && force !== '') return !(force === '0' || force === 'false');
  if (env.TERM === 'dumb') return false;
  if (env.TMUX || env.WT_SESSION || env.KITTY_WINDOW_ID) return true;
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty'].includes(env.TERM_PROGRAM ?? '')) return true;
  return /kitty|alacritty|foot|ghostty|wezterm/.test(env.TERM ?? '');
}

/** Width to fit tables to: the terminal's, or none (never cut) when writing to a pipe or a file. */
export const fitWidth = (stream: Stream): number | undefined =>
  stream.isTTY ? Math.max(40, stream.columns ?? 80) : undefined;

/** The language asked for in DOSTYK_LANG, or English. */
export function envLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const l = env.DOSTYK_LANG;
  return l && isLang(l) ? l : 'en';
}
