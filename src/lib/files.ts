/** Listing a folder the way the build reads it. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every file below `dir`, as sorted paths relative to it with forward slashes, skipping hidden files and folders. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((rel) => !rel.split(path.sep).some((part) => part.startsWith('.')))
    .map((rel) => rel.split(path.sep).join('/'))
    .sort();
}
