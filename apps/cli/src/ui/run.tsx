import type { Query } from '@dostyk/data';
import { render } from 'ink';
import type { Lang } from '../i18n/messages.js';
import { App } from './App.js';
import type { OverviewFacts } from './overview.js';
import { ThemeContext } from './theme.js';

/** The dataset and the query engine, loaded when the App asks (after its first frame), once. */
const loadQuery = async () => (await import('../data/query.js')).getQuery();

/** The Ink explorer, until it exits: the URLs it printed for lack of a browser, and when it drew first. */
export async function runExplorer({
  lang,
  color,
  hyperlinks = false,
  overview,
  query,
  typeAhead = false,
}: {
  lang: Lang;
  color: boolean;
  /** Whether the terminal shows OSC 8 hyperlinks (hyperlinks.ts): source URLs become clickable whole. */
  hyperlinks?: boolean;
  overview?: OverviewFacts;
  /** The query API, already loaded; else the dataset and the query engine load after Ink's first frame. */
  query?: Query;
  /** Keys typed before the explorer started wait in stdin (the painted frame is on screen meanwhile). */
  typeAhead?: boolean;
}): Promise<{ printed: string[]; timing: string[] }> {
  const printed = new Set<string>();
  let firstFrame: number | undefined;
  // With DOSTYK_TIMING, every frame: when it was drawn and how long Ink took to lay it out and write it.
  const timed = Boolean(process.env.DOSTYK_TIMING);
  const renders: string[] = [];
  const app = render(
    <ThemeContext.Provider value={{ color, hyperlinks }}>
      <App
        query={query ?? loadQuery}
        {...(overview ? { overview } : {})}
        lang={lang}
        typeAhead={typeAhead}
        onPrintedUrl={(url) => printed.add(url)}
      />
    </ThemeContext.Provider>,
    {
      exitOnCtrlC: true,
      patchConsole: true,
      onRender: ({ renderTime }) => {
        firstFrame ??= performance.now();
        if (timed)
          renders.push(`frame: ${Math.round(performance.now())} ms (Ink ${Math.round(renderTime)} ms)`);
      },
    },
  );
  await app.waitUntilExit();
  return {
    printed: [...printed],
    timing: [...renders, ...(firstFrame === undefined ? [] : [`first frame: ${Math.round(firstFrame)} ms`])],
  };
}
