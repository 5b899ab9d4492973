import { envLang } from './env.js';
import { CliError, EXIT, usageError } from './errors.js';
import type { Lang } from './i18n/messages.js';
import { createOutput } from './output.js';
import { restoreTerminal } from './terminal-state.js';
import { seg } from './text/styled.js';

/** Entry point: parse the command line, run one command, map every failure to a one-line message and an exit code. */
async function main(argv: string[]): Promise<number> {
  // `dostyk … | head` closes the pipe early: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  const interactive = async (options: { lang: Lang; fullscreen: boolean }) => {
    if (!process.stdout.isTTY || !process.stdin.isTTY)
      throw usageError(
        'the interactive explorer needs a terminal',
        'run a command such as `dostyk projects`, or `dostyk --help`',
      );
    // On a real terminal the user asked for the interactive UI. Ink draws only the last frame when it
    // believes it runs in CI, and chalk turns styles off when CI is set at all: forget CI markers here.
    for (const key of Object.keys(process.env))
      if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete process.env[key];
    const { startExplorer } = await import('./ui/start.js');
    await startExplorer(options);
  };
  // `dostyk` alone on a terminal opens the explorer at once, without loading the command line (whose
  // defaults are the same: the language of DOSTYK_LANG, full screen).
  if (argv.length === 0 && process.stdout.isTTY && process.stdin.isTTY) {
    try {
      await interactive({ lang: envLang(), fullscreen: true });
      return EXIT.ok;
    } catch (e) {
      return report(e, argv, []);
    }
  }
  let exitCode: number = EXIT.ok;
  const { buildProgram } = await import('./program.js');
  const program = buildProgram({
    out: (options) => createOutput(options),
    setExitCode: (code) => {
      exitCode = code;
    },
    interactive,
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    exitCode = report(
      e,
      argv,
      program.commands.map((c) => c.name()),
    );
  }
  return exitCode;
}

/** Print an error as `dostyk: message` and `hint: …`; the stack trace only with DEBUG set. */
function report(e: unknown, argv: string[], commands: string[]): number {
  const out = createOutput();
  if (isCommanderError(e)) {
    if (['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(e.code)) return EXIT.ok;
    const message = e.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
    const command = argv.find((a) => commands.includes(a));
    out.error([seg('dostyk: ', 'bad'), seg(message)]);
    out.error([seg(`hint: run 'dostyk${command ? ` ${command}` : ''} --help' for usage`, 'muted')]);
    return EXIT.usage;
  }
  if (e instanceof CliError) {
    out.error([seg('dostyk: ', 'bad'), seg(e.message)]);
    if (e.hint) out.error([seg(`hint: ${e.hint}`, 'muted')]);
    if (process.env.DEBUG) process.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  out.error([seg('dostyk: ', 'bad'), seg(`internal error: ${err.message}`)]);
  if (process.env.DEBUG) process.stderr.write(`${err.stack}\n`);
  else out.error([seg('hint: set DEBUG=1 to see the stack trace, and please report it', 'muted')]);
  return EXIT.runtime;
}

/** Commander's own errors (usage, --help, --version), told apart without loading Commander. */
const isCommanderError = (e: unknown): e is Error & { code: string } => {
  const code = e instanceof Error ? (e as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('commander.');
};

const fatal = (e: unknown) => {
  // A crash inside the explorer: give the screen back first, so the message stays visible.
  restoreTerminal();
  process.exitCode = report(e, [], []);
  process.exit();
};
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, fatal);
