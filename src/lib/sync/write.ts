/**
 * Writes that are whole or absent: the bytes go to a hidden temporary file
 * beside the target (the build skips dot-files), are flushed to disk, then
 * renamed over the target in one step. A crash or Ctrl-C leaves at most a
 * hidden `.partial` file, which the next sync removes.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const PARTIAL = /^\.sync-.*\.partial$/;

export async function writeAtomic(file: string, text: string): Promise<void> {
  const temp = path.join(path.dirname(file), `.sync-${path.basename(file)}-${randomBytes(4).toString('hex')}.partial`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Removes what an interrupted run left; returns how many files. */
export async function removePartials(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => PARTIAL.test(name));
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })));
  return stale.length;
}
