import { render } from 'ink';
import { getQuery } from '../data/query.js';
import { colorEnabled } from '../env.js';
import type { Lang } from '../i18n/messages.js';
import { App } from './App.js';
import { enterAlternateScreen } from './alternate-screen.js';
import { ThemeContext } from './theme.js';

/** The interactive explorer: full screen on the alternate screen, restored on every way out. */
export async function runExplorer({ lang, fullscreen }: { lang: Lang; fullscreen: boolean }): Promise<void> {
  const query = getQuery();
  const printed = new Set<string>();
  // DOSTYK_TIMING=1 reports when the first frame was drawn, in ms since the process started (for benchmarks).
  let firstFrame: number | undefined;
  const restore = fullscreen ? enterAlternateScreen(process.stdout) : () => {};
  try {
    const app = render(
      <ThemeContext.Provider value={{ color: colorEnabled(process.stdout) }}>
        <App query={query} lang={lang} onPrintedUrl={(url) => printed.add(url)} />
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
