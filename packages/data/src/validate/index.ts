import type { z } from 'zod';
import { referencesOf } from '../references.js';
import type { AnyRecord, Dataset, DatasetSource } from '../schema/index.js';
import { COLLECTIONS, type Collection, KINDS } from '../schema/kinds.js';
import { checkCitations, checkDateOrder, checkReferences, type Finding, unsafeText } from './checks.js';
import { checkDuplicates } from './duplicates.js';
import { countryContains } from './geo.js';
import { type ParsedFile, parseRecordFile } from './parse.js';
import { formatPath, type Problem, safeProblem } from './problem.js';
import { sourceId } from './source-id.js';

export { readRecordFiles } from './node.js';
export { formatProblem, type Problem } from './problem.js';
export { sourceId } from './source-id.js';

/** A record file to check: its path (ending in `<collection>/<id>.yaml`) and its text. */
export interface RecordInput {
  file: string;
  text: string;
}

export interface ValidateOptions {
  /** Records that references may also point at (the published dataset, when checking a contributor's files). */
  base?: Dataset;
  /** Per-file `updated` dates (last commit), copied into the built records. */
  updated?: Record<string, string>;
  version?: string;
  generated?: string;
}

export interface ValidationResult {
  /** The built dataset, only when there is no error. */
  dataset?: Dataset;
  problems: Problem[];
}

/** The collection and id a file path names: `.../projects/zhanatas-wind-farm.yaml`. */
export function locate(file: string): { collection?: Collection; id: string } {
  const parts = file.replace(/\\/g, '/').split('/');
  const name = parts.at(-1) ?? '';
  const id = name.replace(/\.ya?ml$/i, '');
  const folder = parts.at(-2) as Collection | undefined;
  return { collection: folder && COLLECTIONS.includes(folder) ? folder : undefined, id };
}

interface Loaded {
  parsed: ParsedFile;
  collection: Collection;
  id: string;
  record: Record<string, unknown>;
}

/**
 * Check record files with every rule of the build: schema (strict, so typos fail), citations, references,
 * unique ids, date order, coordinates inside their country, safe text. Returns every problem at once, and
 * the built dataset when nothing is wrong. Never throws on bad input.
 */
export async function validateRecords(
  inputs: RecordInput[],
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const problems: Problem[] = [];
  const loaded: Loaded[] = [];
  // Every record file that names its kind and id, valid or not: a reference to a file that has problems
  // of its own is not a second problem, so one broken record does not cascade into every file citing it.
  const present: { collection: Collection; id: string; data?: unknown }[] = [];
  const push = (parsed: ParsedFile | string, f: Finding) => {
    const file = typeof parsed === 'string' ? parsed : parsed.file;
    const line = typeof parsed === 'string' ? undefined : parsed.lineOf(f.path);
    problems.push({
      file,
      line,
      path: formatPath(f.path),
      message: f.message,
      hint: f.hint,
      severity: f.severity ?? 'error',
    });
  };

  const checkFile = (input: RecordInput) => {
    const { collection, id } = locate(input.file);
    if (!collection) {
      push(input.file, {
        path: [],
        message: 'cannot tell the kind of record from the path',
        hint: `put it in a folder named ${COLLECTIONS.join('/, ')}/`,
      });
      return;
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      push(input.file, {
        path: [],
        message: `file name "${id}" is not a kebab-case id`,
        hint: 'rename it, e.g. zhanatas-wind-farm.yaml',
      });
      return;
    }
    const { parsed, problems: yamlProblems } = parseRecordFile(input.file, input.text);
    problems.push(...yamlProblems);
    present.push({ collection, id, data: parsed?.data });
    if (!parsed) return;
    const schema = KINDS[collection].schema as z.ZodType;
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        if (unknownKeys.length > 0) {
          for (const key of unknownKeys) {
            push(parsed, {
              path: [...(issue.path as (string | number)[]), key],
              message: `unknown field "${key}"`,
              hint: 'check the spelling against the schema',
            });
          }
        } else {
          push(parsed, {
            path: issue.path as (string | number)[],
            message: issue.message,
            hint: hintFor(issue),
          });
        }
      }
    }
    for (const f of unsafeText(parsed.data)) push(parsed, f);
    const record = parsed.data as Record<string, unknown>;
    for (const f of checkCitations(record)) push(parsed, f);
    for (const f of checkDateOrder(collection, record)) push(parsed, f);
    if (result.success)
      loaded.push({ parsed, collection, id, record: result.data as Record<string, unknown> });
  };
  for (const input of inputs) {
    const file = String(input?.file ?? '');
    try {
      checkFile({ file, text: typeof input?.text === 'string' ? input.text : String(input?.text ?? '') });
    } catch (error) {
      // Never throw on bad input: anything unforeseen in one file is a problem of that file.
      push(file, {
        path: [],
        message: `could not check this file: ${error instanceof Error ? error.message : String(error)}`,
        hint: 'please report this with the file',
      });
    }
  }

  // Ids are unique across the whole dataset, former ids included, so a bare id always names one record.
  const owners = new Map<string, string>();
  for (const c of COLLECTIONS)
    for (const r of options.base?.[c] ?? []) owners.set(r.id, `${c} (published dataset)`);
  const ownFiles = new Set<string>();
  for (const l of loaded) {
    for (const [i, id] of [l.id, ...((l.record.formerIds as string[] | undefined) ?? [])].entries()) {
      const prev = owners.get(id);
      const own = `${l.collection}/${l.id}`;
      if (prev && !(prev.endsWith('(published dataset)') && i === 0 && prev.startsWith(l.collection))) {
        push(l.parsed, {
          path: i === 0 ? [] : ['formerIds', i - 1],
          message: `id "${id}" is already used by ${prev}`,
          hint: 'ids are unique across all records',
        });
      }
      owners.set(id, own);
      ownFiles.add(own);
    }
  }

  // One thing, one record: no two records of a collection share an English name, alias or external id.
  const candidates = loaded.map((l) => ({ ...l, file: l.parsed.file }));
  for (const [c, findings] of checkDuplicates(candidates))
    for (const f of findings) push((c as (typeof candidates)[number]).parsed, f);

  // References resolve against these records plus the base dataset.
  const ids = new Map<string, Set<string>>();
  const add = (c: string, id: string) => (ids.get(c) ?? ids.set(c, new Set()).get(c))?.add(id);
  for (const c of COLLECTIONS) for (const r of options.base?.[c] ?? []) add(c, r.id);
  for (const p of present) add(p.collection, p.id);
  for (const r of [
    ...(options.base?.relationships ?? []),
    ...present.filter((p) => p.collection === 'relationships').map((p) => p.data),
  ]) {
    const levels = (r as { levels?: unknown } | undefined)?.levels;
    for (const level of Array.isArray(levels) ? levels : []) {
      const levelId = (level as { id?: unknown } | null)?.id;
      if (typeof levelId === 'string') add('levels', levelId);
    }
  }
  const exists = (c: string, id: string) => ids.get(c)?.has(id) ?? false;
  for (const l of loaded)
    for (const f of checkReferences(referencesOf(l.collection, l.record), exists)) push(l.parsed, f);

  // Coordinates inside the named country.
  for (const l of loaded) for (const f of await checkCoordinates(l.record)) push(l.parsed, f);

  // The schema and the text scan can report the same thing at the same place: keep the one with a hint.
  const seen = new Set<string>();
  const unique = problems
    .sort((a, b) => Number(!!b.hint) - Number(!!a.hint))
    .filter((p) => {
      const key = `${p.file}\u0000${p.path}\u0000${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  // Problems quote keys and values from the files: none may carry an escape sequence to a terminal.
  problems.splice(0, problems.length, ...unique.map(safeProblem));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  if (problems.some((p) => p.severity === 'error')) return { problems };
  return { dataset: assemble(loaded, options), problems };
}

function hintFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_value' && 'values' in issue) return `one of: ${issue.values.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined'))
    return 'this field is required';
  // YAML reads `2019` or `2019-07` unquoted... as a number: dates and codes that look numeric need quotes.
  if (
    issue.code === 'invalid_type' &&
    issue.expected === 'string' &&
    issue.message.includes('received number')
  )
    return 'put the value in quotes, e.g. "2019"';
  return undefined;
}

async function checkCoordinates(record: Record<string, unknown>): Promise<Finding[]> {
  const out: Finding[] = [];
  const locations: [path: (string | number)[], loc: Record<string, unknown>][] = [];
  (record.places as Record<string, unknown>[] | undefined)?.forEach((p, i) =>
    locations.push([['places', i], p]),
  );
  if (record.location) locations.push([['location'], record.location as Record<string, unknown>]);
  for (const [path, loc] of locations) {
    const country = loc.country as string;
    const allowed = [country, ...((loc.countries as string[] | undefined) ?? [])];
    if (typeof loc.lon === 'number' && typeof loc.lat === 'number') {
      if ((await countryContains(country, loc.lon, loc.lat)) === false) {
        out.push({
          path: [...path, 'lon'],
          message: `point ${loc.lon}, ${loc.lat} is not inside ${country}`,
          hint: 'check the order (lon before lat) and the sign',
        });
      }
    }
    const line = (loc.line as [number, number][] | undefined) ?? [];
    for (const [i, [lon, lat]] of line.entries()) {
      // One country that contains it (or whose outline is unknown here) is enough.
      let outside = true;
      for (const c of allowed) {
        if ((await countryContains(c, lon, lat)) !== false) {
          outside = false;
          break;
        }
      }
      if (outside) {
        out.push({
          path: [...path, 'line', i],
          message: `vertex ${lon}, ${lat} is outside ${allowed.join(', ')}`,
          hint: 'list every country the line crosses in `countries`',
        });
      }
    }
  }
  return out;
}

/** Turn checked files into the dataset: ids added, source keys replaced by global source ids. */
function assemble(loaded: Loaded[], options: ValidateOptions): Dataset {
  const sources = new Map<string, DatasetSource>();
  const out = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as AnyRecord[]])) as unknown as Record<
    Collection,
    AnyRecord[]
  >;
  for (const l of [...loaded].sort((a, b) => a.id.localeCompare(b.id))) {
    const map = l.record.sources as Record<string, Omit<DatasetSource, 'id'>>;
    const global = new Map<string, string>();
    for (const [key, s] of Object.entries(map)) {
      const id = sourceId(s.url);
      global.set(key, id);
      if (!sources.has(id)) sources.set(id, { id, ...s });
    }
    const resolve = (v: unknown, top: boolean): unknown => {
      if (Array.isArray(v)) return v.map((x) => resolve(x, false));
      if (!v || typeof v !== 'object') return v;
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) =>
          ((k === 'sources' && !top) || k === 'summarySources') &&
          Array.isArray(x) &&
          x.every((key) => typeof key === 'string')
            ? [k, x.map((key) => global.get(String(key)) ?? key)]
            : [k, resolve(x, false)],
        ),
      );
    };
    const body = resolve(l.record, true) as Record<string, unknown>;
    const updated = options.updated?.[`${l.collection}/${l.id}`];
    out[l.collection].push({
      id: l.id,
      ...body,
      sources: [...new Set(global.values())],
      ...(updated ? { updated } : {}),
    } as AnyRecord);
  }
  return {
    version: options.version ?? '0.0.0',
    generated: options.generated ?? new Date().toISOString().slice(0, 10),
    ...(out as unknown as Omit<Dataset, 'version' | 'generated' | 'sources'>),
    sources: [...sources.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
