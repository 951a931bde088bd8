/** Listing a folder the way the build reads it; the cache folder's own files, written whole and pruned. */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** Writes `text` whole or not at all (a partial file, then a rename): a build stopped half-way leaves no truncated file. */
export function writeWholeSync(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/** Removes the files of `dir` whose name `keep` refuses; returns how many. A missing folder has none. */
export function removeFilesExcept(dir: string, keep: (name: string) => boolean): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  const stale = names.filter((name) => !keep(name));
  for (const name of stale) rmSync(path.join(dir, name), { force: true });
  return stale.length;
}
