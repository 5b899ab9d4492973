import { stat } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { dataset } from '@dostyk/data';
import { formatProblem, readRecordFiles, validateRecords } from '@dostyk/data/validate';
import type { Context } from '../context.js';
import { runtimeError } from '../errors.js';
import { type Line, seg } from '../text/styled.js';

/** Larger than any record: refuse before reading it into memory. */
const MAX_FILE = 16 * 1024 * 1024;

/**
 * Check third-party record files against the schema and every rule of the build, with references
 * resolved against the published dataset. Prints `file:line field: message` per problem; exit 1 when invalid.
 */
export async function validateCommand(ctx: Context, target: string, o: { json?: boolean }): Promise<number> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw runtimeError(
      `cannot read ${target}: ${code === 'ENOENT' ? 'no such file or directory' : code}`,
      'give a .yaml record file or a folder of them',
    );
  }
  if (info.isFile() && info.size > MAX_FILE)
    throw runtimeError(
      `${target} is too large for a record (${info.size} bytes)`,
      'records are small YAML files',
    );
  // Paths are shown as given: relative to the working directory, or absolute. The folder a file sits in
  // (projects/, events/...) tells its kind, so it must stay in the path.
  const root = isAbsolute(target) ? '/' : process.cwd();
  let inputs: Awaited<ReturnType<typeof readRecordFiles>>;
  try {
    inputs = await readRecordFiles(target, root);
  } catch (e) {
    throw runtimeError(`cannot read ${target}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (isAbsolute(target)) for (const i of inputs) i.file = `/${relative('/', `/${i.file}`)}`;
  if (inputs.length === 0)
    throw runtimeError(`no .yaml record files in ${target}`, 'records are files such as projects/<id>.yaml');
  const { problems } = await validateRecords(inputs, { base: dataset });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (o.json) {
    ctx.out.json({ valid: errors === 0, files: inputs.map((i) => i.file), problems });
    return errors > 0 ? 1 : 0;
  }
  const lines: Line[] = problems.map((p) => [
    seg(formatProblem(p), p.severity === 'error' ? undefined : 'warn'),
    ...(p.severity === 'warning' ? [seg(' [warning]', 'warn')] : []),
  ]);
  const files = `${inputs.length} file${inputs.length === 1 ? '' : 's'}`;
  lines.push(
    errors > 0
      ? [
          seg(
            `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files}`,
            'bad',
          ),
        ]
      : [seg(`${files} valid${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`, 'good')],
  );
  ctx.out.lines(lines);
  return errors > 0 ? 1 : 0;
}
