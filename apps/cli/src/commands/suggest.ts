import type { Context } from '../context.js';
import { runtimeError, usageError } from '../errors.js';

/** An id that names no record: exit 1 with the closest ids the query API suggests. */
export function unknownId(ctx: Context, id: string) {
  const close = ctx.query().suggest(id, 5);
  return runtimeError(
    ctx.t('error.unknownId', { id }),
    close.length > 0
      ? ctx.t('error.didYouMean', { ids: close.join(', ') })
      : 'dostyk search <text> finds ids',
  );
}

/** Check that every id given to a filter option names a record; a wrong id is a usage error. */
export function checkIds(ctx: Context, option: string, values: string[] | undefined) {
  for (const id of values ?? []) {
    if (ctx.query().get(id)) continue;
    const close = ctx.query().suggest(id, 3);
    throw usageError(
      `option '${option}': no record with id "${id}"`,
      close.length > 0 ? `did you mean: ${close.join(', ')}` : 'dostyk search <text> finds ids',
    );
  }
}
