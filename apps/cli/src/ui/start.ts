import { colorEnabled } from '../env.js';
import { hyperlinksEnabled } from '../hyperlinks.js';
import type { Lang } from '../i18n/messages.js';
import { renderLine, seg } from '../text/styled.js';
import { enterAlternateScreen } from './alternate-screen.js';
import { paintFirstFrame } from './first-paint.js';
import type { OverviewFacts } from './overview.js';

/** The overview's figures as JSON, computed by the bundle at build time from the dataset it carries. */
declare const DOSTYK_OVERVIEW: string | undefined;
const precomputed = (): OverviewFacts | undefined =>
  typeof DOSTYK_OVERVIEW === 'undefined' ? undefined : JSON.parse(DOSTYK_OVERVIEW);

/**
 * The interactive explorer: on the alternate screen (restored on every way out), its first frame painted
 * at once from the precomputed overview, then Ink (the `run` chunk) takes over, and the dataset and the
 * query engine load after Ink's first frame.
 */
export async function startExplorer({
  lang,
  fullscreen,
}: {
  lang: Lang;
  fullscreen: boolean;
}): Promise<void> {
  const overview = precomputed();
  const color = colorEnabled(process.stdout);
  const hyperlinks = hyperlinksEnabled(process.stdout);
  const restore = fullscreen ? enterAlternateScreen(process.stdout) : () => {};
  let printed: string[] = [];
  let timing: string[] = [];
  try {
    // DOSTYK_TIMING=1 reports when each frame was drawn, in ms since the process started (for benchmarks).
    const painted =
      fullscreen &&
      overview &&
      paintFirstFrame(process.stdout, process.stdin, { lang, color, facts: overview });
    if (painted) timing.push(`first paint: ${Math.round(performance.now())} ms`);
    // Keys typed while Ink loads: gathered here and handed back to stdin for Ink to read, so that the App
    // knows they wait and answers them in its first frame instead of drawing the overview (already painted).
    // Read with a 'readable' listener, not 'data': removing it leaves stdin as Ink expects to find it (not
    // flowing, not paused; a paused stdin stops reading and lets the process end while Ink waits for keys).
    const typed: Buffer[] = [];
    const gather = () => {
      for (let chunk = process.stdin.read(); chunk !== null; chunk = process.stdin.read()) typed.push(chunk);
    };
    if (painted) process.stdin.on('readable', gather);
    // With the frame on screen, Ink's own first frame changes nothing visible: load the data alongside
    // Ink and start Ink with it, so that the keys typed meanwhile (waiting in the terminal) are answered as
    // soon as Ink reads them. Without a painted frame, Ink draws first and the data loads after.
    const [{ runExplorer }, query] = await Promise.all([
      import('./run.js'),
      painted ? import('../data/query.js').then((m) => m.getQuery()) : undefined,
    ]);
    if (painted) {
      gather();
      process.stdin.off('readable', gather);
      if (typed.length > 0) process.stdin.unshift(Buffer.concat(typed));
    }
    const result = await runExplorer({
      lang,
      color,
      hyperlinks,
      typeAhead: typed.length > 0,
      ...(overview ? { overview } : {}),
      ...(query ? { query } : {}),
    });
    printed = result.printed;
    timing = [...timing, ...result.timing];
  } finally {
    // The first paint turned raw mode on; give the terminal back its line mode whatever happened since.
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    restore();
  }
  // Where no browser could open a source, its URL stays on the normal screen after quitting.
  for (const url of printed) process.stdout.write(`${renderLine([seg(url, 'link')], color, hyperlinks)}\n`);
  if (process.env.DOSTYK_TIMING) for (const line of timing) process.stderr.write(`${line}\n`);
}
