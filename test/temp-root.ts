/**
 * Vitest's global setup: every temporary folder the tests make (build outputs, caches, fixtures) goes in one
 * folder for the run, removed when the run ends, so test runs leave nothing behind in the system's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'filing-digest-tests-'));
  // os.tmpdir() reads TMPDIR each call; test workers and the builds they start inherit it.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
