import { render } from 'ink';
import { colorEnabled } from '../env.js';
import type { Lang } from '../i18n/messages.js';
import { App } from './App.js';
import { enterAlternateScreen } from './alternate-screen.js';
import type { OverviewFacts } from './overview.js';
import { ThemeContext } from './theme.js';

/** The overview's figures as JSON, computed by the bundle at build time from the dataset it carries. */
declare const DOSTYK_OVERVIEW: string | undefined;
const precomputed: OverviewFacts | undefined =
  typeof DOSTYK_OVERVIEW === 'undefined' ? undefined : JSON.parse(DOSTYK_OVERVIEW);

/**
 * The dataset and the query engine load after the first frame is on screen (the overview needs neither
 * in the bundle), once, whatever asks first.
 */
const loadQuery = async () => (await import('../data/query.js')).getQuery();

/** The interactive explorer: full screen on the alternate screen, restored on every way out. */
export async function runExplorer({ lang, fullscreen }: { lang: Lang; fullscreen: boolean }): Promise<void> {
  const printed = new Set<string>();
  // DOSTYK_TIMING=1 reports when the first frame was drawn, in ms since the process started (for benchmarks).
  let firstFrame: number | undefined;
  const restore = fullscreen ? enterAlternateScreen(process.stdout) : () => {};
  try {
    const app = render(
      <ThemeContext.Provider value={{ color: colorEnabled(process.stdout) }}>
        <App
          query={loadQuery}
          {...(precomputed ? { overview: precomputed } : {})}
          lang={lang}
          onPrintedUrl={(url) => printed.add(url)}
        />
      </ThemeContext.Provider>,
      {
        exitOnCtrlC: true,
        patchConsole: true,
        onRender: () => {
          firstFrame ??= performance.now();
        },
      },
    );
    await app.waitUntilExit();
  } finally {
    restore();
  }
  // Where no browser could open a source, its URL stays on the normal screen after quitting.
  for (const url of printed) process.stdout.write(`${url}\n`);
  if (process.env.DOSTYK_TIMING && firstFrame !== undefined)
    process.stderr.write(`first frame: ${Math.round(firstFrame)} ms\n`);
}
