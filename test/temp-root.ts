/**
 * Vitest's global setup: the temporary folders the tests make (build outputs, caches, fixtures, the
 * browser's profile) go in one folder for the run, removed when the run ends, so test runs leave nothing
 * behind in the system's. Pagefind's link folders go to /dev/shm first, as in any build, and are removed
 * by the build that makes them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'filing-digest-tests-'));
  // os.tmpdir() reads TMPDIR each call; test workers and the builds they start inherit it.
  process.env.TMPDIR = root;
  // A build or browser stopped by a timeout may still be writing: try again before giving up.
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}
