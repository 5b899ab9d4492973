import { isMap, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { type Problem, visible } from './problem.js';

export interface ParsedFile {
  file: string;
  data: unknown;
  /** The 1-based line of the node at a field path, or of the nearest parent that exists. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** The largest record file, in UTF-8 bytes. */
export const MAX_RECORD_BYTES = 2_000_000;

/** UTF-8 length of a text, counted only when it could exceed `limit`. */
const overLimit = (text: string, limit: number): boolean =>
  text.length > limit || (text.length * 3 > limit && new TextEncoder().encode(text).length > limit);

/** Parse one YAML record file, keeping line numbers; bad YAML becomes problems, never an exception. */
export function parseRecordFile(file: string, text: string): { parsed?: ParsedFile; problems: Problem[] } {
  const problem = (message: string, hint?: string, line?: number): Problem => ({
    file,
    line,
    path: '(file)',
    message,
    hint,
    severity: 'error',
  });
  if (overLimit(text, MAX_RECORD_BYTES))
    return { problems: [problem('file is too large for a record', 'keep records under 2 MB', 1)] };
  // NUL bytes, or the replacement character a UTF-8 decoder leaves for bytes that are not text.
  const nul =
    [text.indexOf('\u0000'), text.indexOf('\uFFFD')].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1;
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    return { problems: [problem('file is binary, not YAML text', 'records are UTF-8 YAML text', line)] };
  }
  if (text.trim() === '')
    return { problems: [problem('file is empty', 'a record is a YAML mapping of fields', 1)] };
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    uniqueKeys: true,
    prettyErrors: false,
    // No process warnings on stderr (a key that is a list becomes a string key, reported as unknown).
    logLevel: 'error',
  });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) =>
        problem(
          `YAML syntax: ${visible(e.message.split('\n')[0] ?? '')}`,
          'check indentation and quoting',
          e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line,
        ),
      ),
    };
  }
  // Aliases are resolved here: one pointing at nothing, or a billion-laughs bomb, throws; one inside
  // the node it names makes a value that contains itself, which no record can be.
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
    if (containsItself(data)) throw new Error('a value contains itself (an alias inside its own anchor)');
  } catch (error) {
    let line: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        line = node.range ? counter.linePos(node.range[0]).line : undefined;
        return visit.BREAK;
      },
    });
    const message = error instanceof Error ? error.message : String(error);
    return {
      problems: [
        problem(
          `YAML aliases: ${visible(message.split('\n')[0] ?? '')}`,
          'write the values out instead of using anchors (&) and aliases (*)',
          line,
        ),
      ],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problems: [problem('a record must be a YAML mapping of fields', 'start with `name:`')] };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number] } | undefined;
      const start = node && (isMap(node) || isSeq(node) || 'range' in node) ? node.range?.[0] : undefined;
      if (start !== undefined) {
        // A map's range starts at its first key; report the line of the key that names it instead.
        if (n > 0) {
          const parent = doc.getIn(path.slice(0, n - 1) as unknown[], true);
          if (isMap(parent)) {
            const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === path[n - 1]);
            const keyStart = (pair?.key as { range?: [number, number] } | undefined)?.range?.[0];
            if (keyStart !== undefined) return counter.linePos(keyStart).line;
          }
        }
        return counter.linePos(start).line;
      }
    }
    return undefined;
  };
  return { parsed: { file, data, lineOf }, problems: [] };
}

/** Whether an object or array contains itself, at any depth. */
function containsItself(value: unknown, ancestors = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (ancestors.has(value)) return true;
  ancestors.add(value);
  for (const v of Object.values(value)) if (containsItself(v, ancestors)) return true;
  ancestors.delete(value);
  return false;
}
