import { open, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { RecordInput } from './index.js';
import { MAX_RECORD_BYTES } from './parse.js';

/**
 * A file's text, but never more than a little over the largest record: a huge file is cut (and then
 * reported as too large) instead of filling memory.
 */
async function readText(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const limit = MAX_RECORD_BYTES + 8;
    if ((await handle.stat()).size <= limit) return await handle.readFile('utf8');
    const buffer = Buffer.alloc(limit);
    let length = 0;
    while (length < limit) {
      const { bytesRead } = await handle.read(buffer, length, limit - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Read every `.yaml` record under a folder (or one file), with paths relative to `root`. Only regular
 * files (or links to them) are read: a pipe or a device named `x.yaml` would never end.
 */
export async function readRecordFiles(target: string, root = target): Promise<RecordInput[]> {
  const info = await stat(target);
  if (info.isFile()) return [{ file: relative(root, target) || target, text: await readText(target) }];
  const out: RecordInput[] = [];
  for (const entry of (await readdir(target, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(target, entry.name);
    if (entry.isDirectory()) out.push(...(await readRecordFiles(path, root)));
    else if (/\.ya?ml$/i.test(entry.name) && (entry.isFile() || (await isLinkToFile(path))))
      out.push({ file: relative(root, path), text: await readText(path) });
  }
  return out;
}

const isLinkToFile = async (path: string): Promise<boolean> =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
