import { Command, Option } from '@commander-js/extra-typings';
import { COLLECTIONS, KIND_OF, SECTORS, STATUSES } from '@dostyk/data';
import type { Context } from './context.js';
import { envLang } from './env.js';
import { usageError } from './errors.js';
import { LANGS, type Lang } from './i18n/langs.js';
import { ids, listOf, positiveInt, regionList, year } from './options.js';
import type { Output } from './output.js';
import { TIMELINE_KINDS } from './timeline-kinds.js';

declare const DOSTYK_VERSION: string;
export const VERSION = typeof DOSTYK_VERSION === 'string' ? DOSTYK_VERSION : '0.0.0-dev';

const SORTS = ['name', 'start', 'status', 'sector', 'capacity', 'relevance'] as const;

export interface ProgramHooks {
  out: (options: { hyperlinks: boolean }) => Output;
  /** Runs the interactive explorer (no subcommand). */
  interactive: (options: { lang: Lang; fullscreen: boolean }) => Promise<void>;
  /** Sets the exit code of a command that ran to completion. */
  setExitCode: (code: number) => void;
}

/** The command line: every subcommand with its options; the actions load the data only when they run. */
export function buildProgram(hooks: ProgramHooks) {
  const program = new Command('dostyk')
    .description(
      'Explore the China–Kazakhstan relationship: projects, diplomacy and figures, every fact sourced.\n' +
        'Without a command, on a terminal, opens the interactive explorer.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .addOption(
      new Option('--lang <code>', 'language of record text and labels')
        .choices(LANGS)
        .default(envLang(), 'en, or $DOSTYK_LANG'),
    )
    .option('--no-fullscreen', 'interactive explorer: draw in the normal screen, not the alternate one')
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .allowExcessArguments(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 runtime problem (unknown id, invalid file), 2 usage error.\n' +
        'Colours follow NO_COLOR and FORCE_COLOR; output to a pipe is plain text.\n' +
        'Source URLs are clickable (OSC 8) on terminals that show links; FORCE_HYPERLINK=1 or 0 decides.\n\n' +
        'Examples:\n' +
        '  dostyk projects --sector energy --status operational\n' +
        '  dostyk show zhanatas-wind-farm\n' +
        '  dostyk search zanatas\n' +
        '  dostyk export --format geojson --out places.geojson',
    );

  /** The data is imported only when a command runs, so --help and --version never parse the dataset. */
  const ctx = async (): Promise<Context> => {
    const [{ getQuery }, { translator }, { hyperlinksEnabled }] = await Promise.all([
      import('./data/query.js'),
      import('./i18n/messages.js'),
      import('./hyperlinks.js'),
    ]);
    const lang = program.opts().lang as Lang;
    const out = hooks.out({ hyperlinks: hyperlinksEnabled(process.stdout) });
    return { out, lang, t: translator(lang), query: getQuery };
  };

  program.action(async (opts, cmd) => {
    const [first] = cmd.args;
    if (first !== undefined) throw unknownCommand(program, first);
    await hooks.interactive({ lang: opts.lang as Lang, fullscreen: opts.fullscreen });
  });

  program
    .command('projects')
    .description('list projects, filtered; a table, or --json / --csv')
    .option(
      '--sector <sector>',
      `sector, repeatable or comma-separated: ${SECTORS.join(', ')}`,
      listOf(SECTORS, 'sector'),
    )
    .option('--status <status>', `status: ${STATUSES.join(', ')}`, listOf(STATUSES, 'status'))
    .option('--region <code>', 'ISO 3166-2 region code, e.g. KZ-31 (or KZ-ZHA)', regionList)
    .option('--from <year>', 'active in or after this year', year)
    .option('--to <year>', 'active in or before this year', year)
    .option('--participant <id>', 'organization id, any case, e.g. cnpc or Sinopec', ids)
    .option('--framework <id>', 'framework id, any case, e.g. belt-and-road', ids)
    .option('--seed', 'only projects the seed article names')
    .addOption(new Option('--sort <key>', 'order').choices(SORTS).default('name'))
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV')
    .action(async (o) => {
      const { projectsCommand } = await import('./commands/projects.js');
      await projectsCommand(o, { out: () => hooks.out({ hyperlinks: false }), text: ctx });
    });

  program
    .command('show')
    .description(
      'every field of a record with its numbered sources; conflicting values with who reported them',
    )
    .argument('<id>', 'record id, e.g. zhanatas-wind-farm')
    .option('--json', 'print JSON')
    .action(async (id, o) => {
      const { showCommand } = await import('./commands/show.js');
      showCommand(await ctx(), id, o);
    });

  program
    .command('search')
    .description('search every record (typos forgiven: zanatas finds Zhanatas)')
    .argument('<text...>', 'words to search for')
    .option(
      '--in <collection>',
      `only these collections: ${COLLECTIONS.join(', ')}`,
      listOf(COLLECTIONS, 'collection'),
    )
    .option(
      '--kind <kind>',
      `only these kinds of record: ${Object.values(KIND_OF).join(', ')}`,
      listOf(Object.values(KIND_OF), 'kind'),
    )
    .option('--limit <n>', 'at most this many results', positiveInt, 20)
    .option('--json', 'print JSON')
    .action(async (words, o) => {
      const { searchCommand } = await import('./commands/search.js');
      searchCommand(await ctx(), words.join(' '), o);
    });

  program
    .command('timeline')
    .description('events, agreements, partnership upgrades and project milestones, oldest first')
    .option('--from <year>', 'from this year', year)
    .option('--to <year>', 'up to this year', year)
    .option(
      '--kind <kind>',
      'event, agreement, partnership or milestone; repeatable',
      listOf(TIMELINE_KINDS, 'kind'),
    )
    .option('--json', 'print JSON')
    .action(async (o) => {
      const { timelineCommand } = await import('./commands/timeline.js');
      timelineCommand(await ctx(), o);
    });

  program
    .command('figures')
    .description(
      'indicator series (trade, investment, freight...), one per reporter; a series or indicator id draws it',
    )
    .argument('[series]', 'series or indicator id')
    .option('--json', 'print JSON')
    .action(async (id, o) => {
      const { figuresCommand } = await import('./commands/figures.js');
      figuresCommand(await ctx(), id, o);
    });

  program
    .command('stats')
    .description('counts and totals (umbrella programmes and pledges are never summed)')
    .option('--json', 'print JSON')
    .action(async (o) => {
      const { statsCommand } = await import('./commands/stats.js');
      statsCommand(await ctx(), o);
    });

  program
    .command('export')
    .description('the dataset as JSON, CSV or GeoJSON; --out writes a file atomically')
    .addOption(
      new Option('--format <format>', 'json, csv or geojson')
        .choices(['json', 'csv', 'geojson'] as const)
        .makeOptionMandatory(),
    )
    .option('--out <file>', 'write to this file (a temporary file renamed into place) instead of stdout')
    .addOption(
      new Option('--collection <name>', 'csv: which collection')
        .choices([...COLLECTIONS, 'sources'])
        .default('projects'),
    )
    .action(async (o) => {
      const { exportCommand } = await import('./commands/export.js');
      exportCommand(await ctx(), o);
    });

  program
    .command('validate')
    .description('check record files (YAML) against the schema; prints file:line field: message per problem')
    .argument('<path>', 'a record file (e.g. projects/my-project.yaml) or a folder of them')
    .option('--json', 'print JSON')
    .action(async (path, o) => {
      const { validateCommand } = await import('./commands/validate.js');
      hooks.setExitCode(await validateCommand(await ctx(), path, o));
    });

  return program;
}

function unknownCommand(program: Command<[], Record<string, unknown>>, name: string) {
  const names = program.commands.map((c) => c.name());
  const close = names
    .map((n) => [n, distance(n, name)] as const)
    .filter(([, d]) => d <= Math.max(2, Math.floor(name.length / 3)))
    .sort((a, b) => a[1] - b[1])
    .map(([n]) => n);
  return usageError(
    `unknown command '${name}'`,
    close.length > 0
      ? `did you mean ${close[0]}? (dostyk --help lists the commands)`
      : 'dostyk --help lists the commands',
  );
}

const distance = (a: string, b: string): number => {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0] as number;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j] as number;
      d[j] = Math.min((d[j] as number) + 1, (d[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length] as number;
};
