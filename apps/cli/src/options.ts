import { InvalidArgumentError } from '@commander-js/extra-typings';

/** Parsers for option values: a bad value is a usage error (exit 2) with the accepted values in the message. */

/** A repeatable, comma-separated list option checked against a closed list. */
export const listOf =
  (allowed: readonly string[], what: string) =>
  (value: string, previous: string[] = []): string[] => {
    const parts = value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length === 0) throw new InvalidArgumentError(`give a ${what}`);
    for (const p of parts)
      if (!allowed.includes(p)) throw new InvalidArgumentError(`expected one of: ${allowed.join(', ')}`);
    return [...previous, ...parts];
  };

/** A repeatable, comma-separated list of ids or codes, checked later against the data. */
export const ids = (value: string, previous: string[] = []): string[] => {
  const parts = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new InvalidArgumentError('give at least one value');
  return [...previous, ...parts];
};

export const year = (value: string): number => {
  const n = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || n < 1900 || n > 2100)
    throw new InvalidArgumentError('expected a year such as 2019');
  return n;
};

export const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 100000)
    throw new InvalidArgumentError('expected a whole number from 1');
  return n;
};
