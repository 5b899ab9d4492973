import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type Collection, datasetToCsv, toGeoJson } from '@dostyk/data';
import type { Context } from '../context.js';
import { runtimeError } from '../errors.js';
import { seg } from '../text/styled.js';

export const EXPORT_FORMATS = ['json', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The dataset in one format, made by the package's writers. */
function render(ctx: Context, format: ExportFormat, collection: string): string {
  const { dataset } = ctx.query();
  if (format === 'json') return `${JSON.stringify(dataset, null, 2)}\n`;
  if (format === 'geojson') return `${JSON.stringify(toGeoJson(dataset), null, 2)}\n`;
  return datasetToCsv(dataset)[collection as Collection | 'sources'];
}

/**
 * Write `text` to `file` atomically: a temporary file beside it, flushed to disk, then renamed over the
 * target. An interrupted export leaves the old file (or none), never a partial one.
 */
export function writeAtomically(file: string, text: string): void {
  const target = resolve(file);
  const dir = dirname(target);
  try {
    if (statSync(target).isDirectory())
      throw runtimeError(`${file} is a directory`, 'give a file name to --out');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const temp = join(dir, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  const cleanup = () => {
    try {
      unlinkSync(temp);
    } catch {}
  };
  // A signal between open and rename removes the temporary file before exiting.
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    fd = openSync(temp, 'wx', 0o644);
    const buffer = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < buffer.length) written += writeSync(fd, buffer, written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    cleanup();
    const err = e as NodeJS.ErrnoException;
    throw runtimeError(
      `cannot write ${file}: ${err.code ?? err.message}`,
      'check that the folder exists and is writable',
    );
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export function exportCommand(ctx: Context, o: { format: ExportFormat; out?: string; collection?: string }) {
  const text = render(ctx, o.format, o.collection ?? 'projects');
  if (!o.out) {
    // JSON escapes keep it valid JSON; CSV keeps its CRLF line ends.
    if (o.format === 'csv') return ctx.out.csv(text);
    process.stdout.write(
      text.replace(
        /[\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
        (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
      ),
    );
    return;
  }
  writeAtomically(o.out, text);
  ctx.out.error([seg(`wrote ${o.out} (${Buffer.byteLength(text)} bytes, ${o.format})`, 'muted')]);
}
