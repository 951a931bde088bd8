/** Runs a real `astro build` of a filings folder into a temporary directory, and reads what it wrote. */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { expect } from 'vitest';

export const root = path.resolve(import.meta.dirname, '..');
export const SITE = 'https://digest.test';

export interface Page {
  file: string;
  html: string;
  tree: Root;
  ids: Set<string>;
  links: string[];
}

export interface Build {
  out: string;
  /** The build's cache folder (ASTRO_CACHE_DIR): the content store, the parse cache, the incremental cache. */
  cache: string;
  /** Builds the folder; resolves with the console output, rejects with it when the build fails. */
  run(args?: string[]): Promise<{ code: number; log: string }>;
  /** Every HTML page by URL path ("/filings/x/"). */
  pages(): Map<string, Page>;
  /** The file a site-internal URL path is served from, if any. */
  target(urlPath: string): string | null;
  json<T>(name: string): T;
  cleanup(): void;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** `contentDir`: the editors' corrections to build with; by default none (an empty folder). `env`: more settings. */
export function siteBuild(folder: string, contentDir?: string, env: Record<string, string> = {}): Build {
  const out = mkdtempSync(path.join(tmpdir(), 'filing-digest-site-'));
  // Each build folder keeps its own content store, so test files can build side by side.
  const cache = mkdtempSync(path.join(tmpdir(), 'filing-digest-cache-'));
  const content = contentDir ?? mkdtempSync(path.join(tmpdir(), 'filing-digest-content-'));
  const target = (urlPath: string) => {
    const clean = decodeURIComponent(urlPath);
    for (const candidate of [clean, path.join(clean, 'index.html')]) {
      const file = path.join(out, candidate);
      if (existsSync(file) && !file.endsWith('/')) return file;
    }
    return null;
  };
  return {
    out,
    cache,
    target,
    run: (args = []) =>
      new Promise((resolve) => {
        execFile(
          process.execPath,
          [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out, ...args],
          {
            cwd: root,
            env: {
              ...process.env,
              SITE_URL: SITE,
              FILINGS_DIR: folder,
              ASTRO_CACHE_DIR: cache,
              CONTENT_DIR: content,
              ASTRO_TELEMETRY_DISABLED: '1',
              ...env,
            },
            maxBuffer: 64 * 1024 * 1024,
          },
          (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            resolve({ code, log: `${stdout}\n${stderr}` });
          },
        );
      }),
    pages() {
      const pages = new Map<string, Page>();
      for (const file of walk(out).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(file, 'utf8');
        const tree = fromHtml(html);
        const ids = new Set<string>();
        const links: string[] = [];
        visit(tree, 'element', (el: Element) => {
          if (typeof el.properties.id === 'string') ids.add(el.properties.id);
          for (const attr of ['href', 'src'] as const) {
            const value = el.properties[attr];
            if (typeof value === 'string') links.push(value);
          }
        });
        const rel = path.relative(out, file).split(path.sep).join('/');
        pages.set(`/${rel.replace(/index\.html$/, '')}`, { file, html, tree, ids, links });
      }
      return pages;
    },
    json: <T>(name: string): T => JSON.parse(readFileSync(path.join(out, 'data', `${name}.json`), 'utf8')) as T,
    cleanup() {
      rmSync(out, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
      if (!contentDir) rmSync(content, { recursive: true, force: true });
    },
  };
}

/**
 * The only scripts a page may hold are the site's own: its bundled modules
 * (/_astro/), Pagefind's UI (/pagefind/), and JSON-LD that parses as JSON.
 * Only JSON-LD may carry text from a filing, as escaped data.
 */
export function expectOwnScript(el: Element, where: string): void {
  if (el.tagName !== 'script') return;
  const text = textOf(el);
  if (el.properties.type === 'application/ld+json') {
    // Filing text may be in it as data, but cannot end the element: no '<' at all.
    expect(() => JSON.parse(text), where).not.toThrow();
    expect(text, where).not.toMatch(/[<>]/);
    return;
  }
  expect(text, where).not.toMatch(/alert\(|pwned/);
  expect(String(el.properties.src ?? ''), where).toMatch(/^(?:\/_astro\/|\/pagefind\/|$)/);
  if (!el.properties.src) expect(el.properties.type, where).toBe('module');
}

/**
 * A filing whose registrant's name is markup written as text, with inline
 * script, an `onerror` and a `javascript:` link in its body: it must stay
 * text on every page, in every feed and in JSON-LD, and never run.
 */
export const HOSTILE_HTML =
  '<html><body><p>FORM 8-K</p><p>Evil &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; Corp</p>' +
  '<p>(Exact name of registrant as specified in its charter)</p><p><b>Item 8.01 Other Events</b></p>' +
  '<p>Evil Corp said &lt;img src=x onerror=alert(2)&gt; and <script>alert(3)</script> ' +
  '<a href="javascript:alert(4)">click</a>, ]]&gt; results &amp; more.</p></body></html>';

/** A fresh folder holding the sample filings plus `extra` files (name → text). */
export function sampleFolder(prefix: string, extra: Record<string, string> = {}): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  for (const name of readdirSync(path.join(root, 'filings')))
    copyFileSync(path.join(root, 'filings', name), path.join(folder, name));
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(folder, name), text);
  return folder;
}
