/** One thing wrong with a record: where (file, line, field path), what, and how to fix it. */
export interface Problem {
  file: string;
  line?: number;
  path: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

/** `projects.0.name` style path, or `(record)` for the whole record. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.length === 0 ? '(record)' : path.map(String).join('.');

/** `file:line field: message (hint)`, the one-line form the CLI and the build print. */
export const formatProblem = (p: Problem): string =>
  `${p.file}${p.line ? `:${p.line}` : ''} ${p.path}: ${p.message}${p.hint ? ` (${p.hint})` : ''}`;
