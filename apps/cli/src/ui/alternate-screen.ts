/**
 * The terminal's alternate screen, entered before the first frame and left on every exit path: a normal
 * quit, Ctrl+C, a crash (the caller's `finally`), `process.exit`, and SIGTERM/SIGHUP.
 * Ink 6 has no option for it (Ink 7 does), so this is the small hook the Ink docs suggest.
 */
import { setRestore } from '../terminal-state.js';

const ENTER = '\x1b[?1049h\x1b[H';
const LEAVE = '\x1b[?25h\x1b[?1049l';

export function enterAlternateScreen(stdout: NodeJS.WriteStream = process.stdout): () => void {
  if (!stdout.isTTY) return () => {};
  stdout.write(ENTER);
  let done = false;
  const restore = () => {
    if (done) return;
    done = true;
    setRestore(undefined);
    process.off('exit', restore);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    stdout.write(LEAVE);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.exit(signal === 'SIGTERM' ? 143 : 129);
  };
  process.on('exit', restore);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  setRestore(restore);
  return restore;
}
