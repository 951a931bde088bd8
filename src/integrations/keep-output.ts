/**
 * With the incremental build, dist/ is kept between builds
 * (vite.build.emptyOutDir: false): a page whose cacheKey is unchanged is
 * then neither rendered nor copied back from the cache. What a kept dist/
 * would gather is removed here: the outputs of routes gone since the
 * previous build (a filing taken out of the folder) and bundled assets that
 * this build did not write. The list of outputs lives in the cache folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The files of this build's routes, relative to dist/ (forward slashes). */
export function routeOutputs(dir: URL, assets: Map<string, URL[]>): string[] {
  const out = fileURLToPath(dir);
  return [...assets.values()]
    .flat()
    .map((u) => path.relative(out, fileURLToPath(u)).split(path.sep).join('/'))
    .sort();
}

/** Files listed before and not now, removed with the folders they leave empty; returns how many. */
export function removeStale(dist: string, before: string[], now: Set<string>): number {
  const out = path.resolve(dist);
  let removed = 0;
  for (const file of before) {
    if (now.has(file) || file.startsWith('..') || path.isAbsolute(file)) continue;
    rmSync(path.join(out, file), { force: true });
    removed++;
    for (
      let folder = path.dirname(path.join(out, file));
      folder.startsWith(out + path.sep);
      folder = path.dirname(folder)
    ) {
      try {
        rmdirSync(folder); // only succeeds when empty
      } catch {
        break;
      }
    }
  }
  return removed;
}

export function keepOutput(): AstroIntegration {
  let listFile = '';
  let started = 0;
  return {
    name: 'filing-digest:keep-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        listFile = path.join(fileURLToPath(config.cacheDir), 'filing-digest', 'outputs.json');
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const now = routeOutputs(dir, assets);
        let before: string[] = [];
        try {
          before = JSON.parse(readFileSync(listFile, 'utf8'));
        } catch {}
        const removed = removeStale(out, before, new Set(now));
        // Vite writes every bundled asset on every build: an older one belongs to an earlier build.
        let oldAssets = 0;
        const bundled = path.join(out, '_astro');
        const entries = existsSync(bundled) ? readdirSync(bundled, { withFileTypes: true }) : [];
        for (const name of entries.filter((d) => d.isFile())) {
          const file = path.join(bundled, name.name);
          if (statSync(file).mtimeMs < started) {
            rmSync(file);
            oldAssets++;
          }
        }
        mkdirSync(path.dirname(listFile), { recursive: true });
        writeFileSync(listFile, JSON.stringify(now));
        if (removed || oldAssets)
          logger.info(`removed ${removed} pages of routes gone since the last build, ${oldAssets} old assets`);
      },
    },
  };
}
