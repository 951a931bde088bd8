/** The two sample filings, read from the project's own copy in filings/. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SAMPLE_2005 = 'immunogen-2005-09-07-8k.txt';
export const SAMPLE_2006 = 'immunogen-2006-11-08-8k.txt';

export function readSample(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../filings/${name}`, import.meta.url)), 'utf8');
}
