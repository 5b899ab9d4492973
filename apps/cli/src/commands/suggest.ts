import type { Collection } from '@dostyk/data';
import type { Context } from '../context.js';
import { runtimeError, usageError } from '../errors.js';
import { validOnes } from '../options.js';

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

/**
 * The ids given to a filter option as the records' own ids (any case, former ids too); an id that names no
 * record of `collection` is a usage error naming the nearest ids of that collection.
 */
export function checkIds(
  ctx: Pick<Context, 'query'>,
  option: string,
  collection: Collection,
  values: string[] | undefined,
): string[] | undefined {
  return values?.map((id) => {
    const hit = ctx.query().get(id);
    if (hit?.collection === collection) return hit.record.id;
    const valid = (ctx.query().dataset[collection] as { id: string }[]).map((r) => r.id);
    throw usageError(
      `option '${option}': no ${KIND_NAME[collection] ?? collection} with id "${id}"`,
      `expected one of: ${validOnes(id, valid)} (dostyk search <text> finds ids)`,
    );
  });
}

const KIND_NAME: Partial<Record<Collection, string>> = {
  organizations: 'organization',
  frameworks: 'framework',
};
