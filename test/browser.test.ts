/**
 * The site as a reader meets it, in a real browser: Debian's Chromium driven
 * by playwright-core (which downloads no browser of its own). Follows a
 * compound to its trial and back to the filing, searches, filters an index,
 * uses the keyboard, reads without JavaScript, checks each kind of page with
 * axe-core in light and dark mode, proves a hostile filing's script never
 * runs, and saves screenshots of each kind of page at phone and desktop width
 * in test-results/screenshots/. Skipped when Chromium is not installed
 * (`.ci/run` installs it).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_HTML, root, sampleFolder, siteBuild } from './build.js';
import { serve } from './serve.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
// CI installs Chromium: there a missing browser is a failure, not a skip.
if (!hasChromium && process.env.REQUIRE_BROWSER) throw new Error(`REQUIRE_BROWSER is set but ${CHROMIUM} is missing`);
const SHOTS = path.join(root, 'test-results', 'screenshots');

const folder = sampleFolder('filing-digest-browser-', { 'zz-hostile.html': HOSTILE_HTML });
// The index in shards of a few pages, as a site of 10,000 filings has it: the search page merges them.
const site = siteBuild(folder, path.join(root, 'content'), { SEARCH_SHARD_PAGES: '6' });
let server: Awaited<ReturnType<typeof serve>> | undefined;
let browser: Browser | undefined;
let base = '';

beforeAll(async () => {
  if (!hasChromium) return;
  const { code, log } = await site.run();
  if (code !== 0) throw new Error(log);
  // Served from the site's root, as a host serves dist/ (SITE_URL only shapes absolute links in feeds).
  server = await serve(site.out);
  base = server.url;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  site.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

async function newPage(options: { javaScriptEnabled?: boolean; width?: number; dark?: boolean } = {}) {
  const context = await (browser as Browser).newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  return { page, problems, close: () => context.close() };
}

const axeSource = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time.
    const axe = (window as any).axe;
    return axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
  });
  return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** One page of each kind: what the screenshots and axe cover. */
const KINDS: [string, string][] = [
  ['home', '/'],
  ['filings-index', '/filings/'],
  ['filing', '/filings/immunogen-2006-11-08-8k/'],
  ['companies-index', '/companies/'],
  ['company', '/companies/immunogen/'],
  ['compounds-index', '/compounds/'],
  ['compound', '/compounds/huc242-dm4/'],
  ['trials-index', '/trials/'],
  ['trial', '/trials/huc242-dm4-phase-1-canag-expressing-cancers/'],
  ['search', '/search/?q=myeloma'],
  ['not-found', '/no-such-page/'],
];

describe.skipIf(!hasChromium)('in a browser', () => {
  it('follows a compound to its trial and back to the filing that reported it', async () => {
    const { page, problems, close } = await newPage();
    await page.goto(`${base}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compounds' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Compounds');
    await page.getByRole('link', { name: 'huC242-DM4', exact: true }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('huC242-DM4');
    // The subscribe link is there and its feed is served as XML.
    const subscribe = page.locator('a[type="application/rss+xml"]');
    await expect(subscribe.textContent()).resolves.toMatch(/Follow huC242-DM4 by RSS/);
    const feed = await page.request.get(new URL((await subscribe.getAttribute('href')) as string, page.url()).href);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toMatch(/^<\?xml[\s\S]*<rss version="2\.0"/);

    await page.getByRole('link', { name: 'Phase 1 trial of huC242-DM4 in CanAg-expressing cancers' }).first().click();
    expect(page.url()).toBe(`${base}/trials/huc242-dm4-phase-1-canag-expressing-cancers/`);
    await page.locator('.timeline a[href^="/filings/"]').first().click();
    expect(page.url()).toMatch(/\/filings\/immunogen-2006-11-08-8k\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/HuC242-DM4 Clinical Data/);
    await page.goBack();
    expect(page.url()).toBe(`${base}/trials/huc242-dm4-phase-1-canag-expressing-cancers/`);
    expect(problems).toEqual([]);
    await close();
  });

  it('finds a compound by search across the shards of the index, and filters results by type', async () => {
    const { merge } = JSON.parse(readFileSync(path.join(site.out, 'pagefind/shards.json'), 'utf8'));
    expect(merge.length).toBeGreaterThan(0);
    for (const shard of merge) expect(existsSync(path.join(site.out, shard, 'pagefind.js'))).toBe(true);
    const { page, problems, close } = await newPage();
    // The result fragments the page loads, by shard folder.
    const fragmentsFrom = new Set<string>();
    page.on('request', (request) => {
      const shard = /\/(pagefind(?:-\d+)?)\/fragment\//.exec(request.url())?.[1];
      if (shard) fragmentsFrom.add(shard);
    });
    await page.goto(`${base}/`);
    await page.getByLabel('Search filings, companies, compounds and trials').fill('huC242');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForSelector('.pagefind-ui__result-link');
    const results = await page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(results).toContain('/compounds/huc242-dm4/');
    // The type filter lists the four kinds of page.
    const filterText = await page.locator('.pagefind-ui__filter-panel').textContent();
    for (const kind of ['compound', 'filing', 'trial']) expect(filterText).toContain(kind);
    // A company's pages share a shard; a word two companies' filings use is found in two shards.
    fragmentsFrom.clear();
    await page.goto(`${base}/search/?q=events`);
    await page.waitForSelector('.pagefind-ui__result-link');
    const spread = await page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(spread.some((p) => p.includes('zz-hostile'))).toBe(true);
    expect(spread.filter((p) => p.startsWith('/filings/')).length).toBeGreaterThan(1);
    expect(fragmentsFrom.size).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await close();
  });

  it('sorts and filters an index table without a server', async () => {
    const { page, close } = await newPage();
    await page.goto(`${base}/companies/`);
    const rows = page.locator('#companies-table tbody tr');
    const total = await rows.count();
    await page.getByLabel('Role').selectOption('registrant');
    await expect(page.locator('#companies-table tbody tr:visible').count()).resolves.toBeLessThan(total);
    expect(await page.locator('.filters [role="status"]').textContent()).toMatch(/^Showing \d+ of \d+$/);
    await page.getByLabel('Role').selectOption('');
    const filingsHeader = page.locator('#companies-table th').nth(2).getByRole('button');
    expect(await filingsHeader.textContent()).toBe('Filings');
    await filingsHeader.click(); // ascending
    await filingsHeader.click(); // descending
    expect(await page.locator('#companies-table th').nth(2).getAttribute('aria-sort')).toBe('descending');
    const counts = await page.locator('#companies-table tbody tr td:nth-child(3)').allTextContents();
    expect(counts.map(Number)).toEqual([...counts.map(Number)].sort((a, b) => b - a));
    await close();
  });

  it('can be used with the keyboard: the first Tab reaches "Skip to content"', async () => {
    const { page, close } = await newPage();
    await page.goto(`${base}/compounds/huc242-dm4/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    await page.keyboard.press('Tab');
    // The next stop is inside the main content, not back in the header.
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await close();
  });

  it('reads fully without JavaScript', async () => {
    const { page, close } = await newPage({ javaScriptEnabled: false });
    await page.goto(`${base}/trials/`);
    const rows = await page.locator('#trials-table tbody tr:visible').count();
    expect(rows).toBeGreaterThan(0);
    expect(await page.locator('.filters').isVisible()).toBe(false); // controls that need a script stay hidden
    await page.goto(`${base}/companies/immunogen/`);
    expect(await page.locator('.pipeline svg').isVisible()).toBe(true);
    await page.goto(`${base}/search/`);
    // The <noscript> note is real, laid-out text when scripts are off.
    const note = await page.evaluate(() => {
      const p = document.querySelector('noscript p') as HTMLElement | null;
      return p ? { text: p.textContent?.replace(/\s+/g, ' '), height: p.offsetHeight } : null;
    });
    expect(note?.text).toMatch(
      /^Search runs in your browser and needs JavaScript\. .*indexes: filings, companies, compounds and trials\.$/,
    );
    expect(note?.height).toBeGreaterThan(0);
    await close();
  });

  it("never runs a hostile filing's script", async () => {
    const { page, problems, close } = await newPage();
    await page.addInitScript(() => {
      // biome-ignore lint/suspicious/noExplicitAny: a counter on the window for the test.
      (window as any).__alerts = 0;
      window.alert = () => {
        // biome-ignore lint/suspicious/noExplicitAny: as above.
        (window as any).__alerts++;
      };
    });
    const report = JSON.parse(readFileSync(path.join(site.out, 'data/build-report.json'), 'utf8'));
    const filing = report.sources.find((s: { file: string }) => s.file === 'zz-hostile.html')?.filing;
    const companies = JSON.parse(readFileSync(path.join(site.out, 'data/companies.json'), 'utf8'));
    const evil = companies.find((c: { name: string }) => c.name.startsWith('Evil'));
    for (const url of [`/filings/${filing}/`, `/companies/${evil.id}/`, '/filings/', '/companies/', '/']) {
      await page.goto(`${base}${url}`);
      await page.waitForLoadState('load');
    }
    await page.goto(`${base}/search/?q=evil`);
    await page.waitForSelector('.pagefind-ui__result-link');
    await page.goto(`${base}/companies/${evil.id}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Evil </script><script>alert(1)</script> Corp',
    );
    expect(await page.evaluate(() => (window as unknown as { __alerts: number }).__alerts)).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('has no serious accessibility violation on any kind of page, in light or dark mode', async () => {
    const found: string[] = [];
    for (const dark of [false, true]) {
      const { page, close } = await newPage({ dark });
      for (const [kind, url] of KINDS) {
        await page.goto(`${base}${url}`);
        if (kind === 'search') await page.waitForSelector('.pagefind-ui__result-link');
        for (const v of await seriousViolations(page)) found.push(`${kind}${dark ? ' (dark)' : ''}: ${v}`);
      }
      await close();
    }
    expect(found).toEqual([]);
  });

  it('saves a screenshot of each kind of page at phone and desktop width', async () => {
    for (const [width, label] of [
      [390, 'phone'],
      [1280, 'desktop'],
    ] as const) {
      const { page, close } = await newPage({ width });
      for (const [kind, url] of KINDS) {
        await page.goto(`${base}${url}`);
        if (kind === 'search') await page.waitForSelector('.pagefind-ui__result-link');
        const file = path.join(SHOTS, `${kind}-${label}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(existsSync(file)).toBe(true);
        // Nothing wider than the screen, but tables and the chart, which scroll in their own box.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${kind} at ${width}px`).toBeLessThanOrEqual(0);
      }
      await close();
    }
  });
});
