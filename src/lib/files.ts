/** Listing a folder the way the build reads it; the cache folder's own files, written whole and pruned. */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * Writes `text` to `file` in place and returns its size in bytes. A partial file and a rename would make the
 * write whole-or-nothing, but a rename costs about 0.5 ms on ext4 (eight times the write) and the cache writes
 * a file per filing. So the readers check instead: a file of the wrong size (a build stopped mid-write) or
 * one that does not parse counts as missing.
 */
export function writeInPlaceSync(file: string, text: string): number {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

/** A file's size in bytes, or -1 when there is none. */
export function fileSize(file: string): number {
  return statSync(file, { throwIfNoEntry: false })?.size ?? -1;
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
