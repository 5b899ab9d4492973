/** Exit codes: 0 success, 1 runtime problem (unknown id, invalid file), 2 usage error. */
export const EXIT = { ok: 0, runtime: 1, usage: 2 } as const;

/** A problem to report in one line, with a hint, and no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string, hint?: string) => new CliError(message, EXIT.usage, hint);
export const runtimeError = (message: string, hint?: string) => new CliError(message, EXIT.runtime, hint);
