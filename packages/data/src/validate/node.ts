import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { RecordInput } from './index.js';

/** Read every `.yaml` record under a folder (or one file), with paths relative to `root`. */
export async function readRecordFiles(target: string, root = target): Promise<RecordInput[]> {
  const info = await stat(target);
  if (info.isFile())
    return [{ file: relative(root, target) || target, text: await readFile(target, 'utf8') }];
  const out: RecordInput[] = [];
  for (const entry of (await readdir(target, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(target, entry.name);
    if (entry.isDirectory()) out.push(...(await readRecordFiles(path, root)));
    else if (/\.ya?ml$/i.test(entry.name))
      out.push({ file: relative(root, path), text: await readFile(path, 'utf8') });
  }
  return out;
}
