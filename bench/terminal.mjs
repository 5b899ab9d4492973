// @ts-check
// Terminal: the bundled CLI against a bare `node -e 0` started the same way: the first interactive frame
// in a real pseudo-terminal, `dostyk projects --json` through a pipe, and peak memory of both.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_BUNDLE } from './lib/paths.mjs';
import { HAS_GNU_TIME, parseGnuTime, run } from './lib/proc.mjs';
import { missing, row } from './lib/report.mjs';
import { median } from './lib/stats.mjs';
import { Pty } from './lib/tmux.mjs';

const S = 'Terminal';
/** The tab bar of the explorer's first frame (the same marker apps/cli's tmux test waits for). */
const FIRST_FRAME = '1 Overview';
/** The Projects tab's status line: the explorer has answered the key that opens it. */
const PROJECTS_LIST = 'Projects: ';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** ms from exec until the explorer answers a key pressed the moment its first frame shows. */
async function timeToFirstAnswer() {
  const pty = new Pty();
  try {
    pty.start([process.execPath, CLI_BUNDLE], { CI: 'false' });
    await pty.waitFor(FIRST_FRAME);
    pty.press('2');
    const ms = await pty.waitFor(PROJECTS_LIST);
    pty.press('q');
    await pty.waitExit();
    return ms;
  } finally {
    pty.close();
  }
}

/** ms from exec to `marker` on screen, for one run of argv in a fresh pty. */
async function timeToScreen(argv, marker, { quit = true } = {}) {
  const pty = new Pty();
  try {
    pty.start(argv, { CI: 'false' });
    const ms = await pty.waitFor(marker);
    if (quit) {
      pty.press('q');
      await pty.waitExit();
    }
    return ms;
  } finally {
    pty.close();
  }
}

/** Peak RSS of the explorer from its first frame until `q` (via /usr/bin/time -v in the pty). */
async function explorerPeakRss() {
  if (!HAS_GNU_TIME) return Number.NaN;
  const dir = mkdtempSync(join(tmpdir(), 'dostyk-rss-'));
  const file = join(dir, 'time.txt');
  const pty = new Pty();
  try {
    pty.start(['/usr/bin/time', '-v', '-o', file, process.execPath, CLI_BUNDLE], { CI: 'false' });
    await pty.waitFor(FIRST_FRAME);
    // Search so that the figure includes the text index and a rendered result list, then Ctrl+C (which the
    // explorer handles as a normal exit, and /usr/bin/time reports either way).
    pty.press('/');
    await pty.waitFor('Search:');
    for (const key of 'zanatas') {
      pty.press(key);
      await sleep(60);
    }
    await pty.waitFor('Zhanatas').catch(() => {});
    pty.press('C-c');
    if (!(await pty.waitExit())) pty.press('C-c');
    await pty.waitExit();
    for (let i = 0; i < 50 && !(existsSync(file) && readFileSync(file, 'utf8').includes('Maximum')); i++)
      await sleep(20);
    return existsSync(file) ? parseGnuTime(readFileSync(file, 'utf8')) : Number.NaN;
  } finally {
    pty.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchTerminal({ runs = 7 } = {}) {
  if (!existsSync(CLI_BUNDLE))
    return [missing(S, 'term', 'terminal explorer', 'apps/cli/dist/dostyk.js is not built')];
  const node = process.execPath;
  const rows = [];

  // Scripted: wall time of the whole process through a pipe, interleaved with the floor.
  /** @type {{ ms: number[], rss: number[] }} */
  const floor = { ms: [], rss: [] };
  /** @type {{ ms: number[], rss: number[], bytes: number, code: number }} */
  const json = { ms: [], rss: [], bytes: 0, code: 0 };
  const version = [];
  for (let i = 0; i < runs; i++) {
    const f = await run(node, ['-e', '0']);
    floor.ms.push(f.wallMs);
    floor.rss.push(f.maxRss);
    const j = await run(node, [CLI_BUNDLE, 'projects', '--json']);
    json.ms.push(j.wallMs);
    json.rss.push(j.maxRss);
    json.bytes = j.stdout.length;
    json.code = j.code;
    // Loading the bundle and nothing else: what every command pays before doing any work.
    version.push((await run(node, [CLI_BUNDLE, '--version'], { measureMemory: false })).wallMs);
  }
  const nodeMs = median(floor.ms);
  const jsonMs = median(json.ms);
  rows.push(
    row(S, 'term.node-floor', `bare \`node -e 0\` (median of ${runs}): the floor`, nodeMs, 'ms', {
      isFloor: true,
    }),
  );
  rows.push(
    row(
      S,
      'term.projects-json',
      `\`dostyk projects --json\` (median of ${runs}, ${json.bytes} bytes, exit ${json.code})`,
      jsonMs,
      'ms',
      {
        floor: nodeMs,
        floorLabel: 'node -e 0',
        ratio: jsonMs / nodeMs,
        target: { text: '≤ 2× node -e 0', met: jsonMs / nodeMs <= 2 },
      },
    ),
  );

  const versionMs = median(version);
  rows.push(
    row(
      S,
      'term.version',
      `\`dostyk --version\` (loading the bundle only, median of ${runs})`,
      versionMs,
      'ms',
      {
        floor: nodeMs,
        floorLabel: 'node -e 0',
        ratio: versionMs / nodeMs,
      },
    ),
  );

  // Interactive: exec to the first frame on a 100×30 pty, against node printing one word in the same pty.
  try {
    const frames = [];
    const floors = [];
    const answers = [];
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
      floors.push(
        await timeToScreen([node, '-e', "process.stdout.write('READY');setTimeout(()=>{},60000)"], 'READY', {
          quit: false,
        }),
      );
      frames.push(await timeToScreen([node, CLI_BUNDLE], FIRST_FRAME));
      answers.push(await timeToFirstAnswer());
    }
    const frame = median(frames);
    const ptyFloor = median(floors);
    rows.push(
      row(
        S,
        'term.first-frame',
        `first interactive frame ("${FIRST_FRAME}" on a 100×30 tmux pty, median of ${frames.length})`,
        frame,
        'ms',
        {
          floor: ptyFloor,
          floorLabel: 'node printing a word in the same pty',
          ratio: frame / ptyFloor,
          target: { text: '< 300 ms', met: frame < 300 },
        },
      ),
    );
    // The first frame is painted before Ink has loaded (keys typed meanwhile wait their turn): this row shows
    // when the explorer actually answers one.
    const answer = median(answers);
    rows.push(
      row(
        S,
        'term.first-answer',
        `first key answered (\`2\` pressed as the first frame shows, until "${PROJECTS_LIST.trim()}" is on screen; from exec, median of ${answers.length})`,
        answer,
        'ms',
        { floor: ptyFloor, floorLabel: 'node printing a word in the same pty', ratio: answer / ptyFloor },
      ),
    );
  } catch (e) {
    rows.push(
      missing(S, 'term.first-frame', 'first interactive frame', e.message.split('\n')[0].slice(0, 200), {
        target: { text: '< 300 ms' },
      }),
    );
  }

  const rssFloor = median(floor.rss);
  rows.push(
    row(S, 'term.rss.projects-json', '`dostyk projects --json` peak memory', median(json.rss), 'bytes', {
      floor: rssFloor,
      floorLabel: 'node -e 0',
      ratio: median(json.rss) / rssFloor,
    }),
  );
  try {
    const rss = await explorerPeakRss();
    rows.push(
      row(
        S,
        'term.rss.explorer',
        'interactive explorer peak memory (open, search "zanatas", Ctrl+C)',
        rss,
        'bytes',
        {
          floor: rssFloor,
          floorLabel: 'node -e 0',
          ratio: rss / rssFloor,
        },
      ),
    );
  } catch (e) {
    rows.push(
      missing(
        S,
        'term.rss.explorer',
        'interactive explorer peak memory',
        e.message.split('\n')[0].slice(0, 200),
      ),
    );
  }
  return rows;
}
