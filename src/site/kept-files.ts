/**
 * Reading what the loader keeps beside the content store (a filing's text,
 * an entity's history), checked with zod as the store checks its records.
 * A missing or damaged file names itself and says what to do.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';

/** `part` picks the JSON out of the file where it holds more than one document. */
export async function readKept<T extends z.ZodType>(
  file: string,
  schema: T,
  what: string,
  part: (kept: string) => string = (kept) => kept,
): Promise<z.infer<T>> {
  const raw = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${what} is missing (${file}: ${error.code}); build again`);
  });
  let data: unknown;
  try {
    data = JSON.parse(part(raw));
  } catch {
    data = undefined;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`${what} is unreadable (${file}); build again`);
  return parsed.data;
}
