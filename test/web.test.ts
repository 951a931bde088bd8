/**
 * The web's conventions on the built site: every feed (the site's, the JSON
 * Feed, one per company, compound and trial) valid and linked; every page
 * valid HTML; sitemap, robots.txt, canonical and OpenGraph tags; JSON-LD
 * of the right schema.org type; the search index; the pipeline chart and
 * the timeline events.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_HTML, type Page, root, SITE, sampleFolder, siteBuild } from './build.js';
import { checkJsonFeed, checkRss } from './feeds.js';

const folder = sampleFolder('filing-digest-web-', { 'zz-hostile.html': HOSTILE_HTML });
const site = siteBuild(folder, path.join(root, 'content'));
let pages = new Map<string, Page>();

beforeAll(async () => {
  const { code, log } = await site.run();
  if (code !== 0) throw new Error(log);
  pages = site.pages();
});
afterAll(() => {
  site.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

const read = (p: string) => readFileSync(path.join(site.out, p), 'utf8');
const entityPages = (kind: string) => [...pages.keys()].filter((p) => new RegExp(`^/${kind}/[^/]+/$`).test(p));
const head = (page: Page, selector: string) => select(selector, page.tree) as Element | null;

describe('feeds', () => {
  it('publishes the site feed as valid RSS 2.0, guids by accession number, categories for form, items and entities', () => {
    const feed = checkRss(read('rss.xml'), 'rss.xml');
    expect(feed.link).toBe(`${SITE}/`);
    const filings = site.json<{ id: string; accession: string | null }[]>('filings');
    expect(feed.items).toHaveLength(filings.length);
    const nov = feed.items.find((i) => i.link?.endsWith('/filings/immunogen-2006-11-08-8k/'));
    expect(nov?.categories).toEqual(
      expect.arrayContaining([
        '8-K',
        'Item 8.01 Other Events',
        'huC242-DM4',
        'Phase 1 trial of huC242-DM4 in CanAg-expressing cancers',
      ]),
    );
    // Samples have no accession number: their guid is the stable file-name id.
    expect(nov?.guid).toBe('filing-digest:immunogen-2006-11-08-8k');
  });

  it('publishes a valid feed per company, compound and trial, linked from its page', () => {
    let checked = 0;
    for (const kind of ['companies', 'compounds', 'trials']) {
      const records = site.json<{ id: string; filings: string[] }[]>(kind);
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        const where = `/${kind}/${record.id}/rss.xml`;
        const feed = checkRss(read(where.slice(1)), where);
        expect(feed.link).toBe(`${SITE}/${kind}/${record.id}/`);
        // One item per filing that mentions the entity.
        expect(feed.items.map((i) => i.link?.replace(`${SITE}/filings/`, '').replace(/\/$/, '')).sort()).toEqual(
          [...record.filings].sort(),
        );
        const page = pages.get(`/${kind}/${record.id}/`);
        expect(page, where).toBeDefined();
        const alternate = selectAll('link[rel="alternate"][type="application/rss+xml"]', page?.tree).map((l) =>
          String((l as Element).properties.href),
        );
        expect(alternate).toEqual([`${SITE}/rss.xml`, `${SITE}${where}`]);
        expect(select(`a[href="${where}"]`, page?.tree), `${where}: a visible subscribe link`).toBeTruthy();
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(17);
  });

  it('keeps filing text escaped in feeds, and publishes a JSON Feed', () => {
    const xml = read('rss.xml');
    expect(xml).not.toMatch(/<script/i);
    const feed = checkRss(xml, 'rss.xml');
    expect(feed.items.map((i) => i.title)).toContain('8-K of Evil </script><script>alert(1)</script> Corp');
    const json = checkJsonFeed(read('feed.json'), 'feed.json');
    expect(json.items).toHaveLength(feed.items.length);
    for (const page of pages.values()) {
      expect(head(page, 'link[type="application/feed+json"]')?.properties.href).toBe(`${SITE}/feed.json`);
    }
  });
});

describe('pages', () => {
  it('are valid HTML, every one', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // Titles are filing headlines: long by nature.
      rules: { 'long-title': 'off' },
    });
    const failures: string[] = [];
    for (const [urlPath, page] of pages) {
      const report = await validator.validateString(page.html, urlPath);
      for (const result of report.results)
        for (const m of result.messages) failures.push(`${urlPath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(failures).toEqual([]);
    expect(pages.size).toBeGreaterThan(20);
  });

  it('have a canonical URL and OpenGraph tags; the 404 page is not indexed', () => {
    for (const [urlPath, page] of pages) {
      if (urlPath === '/404.html') {
        expect(head(page, 'meta[name="robots"]')?.properties.content).toBe('noindex');
        continue;
      }
      expect(head(page, 'link[rel="canonical"]')?.properties.href, urlPath).toBe(`${SITE}${urlPath}`);
      expect(head(page, 'meta[property="og:url"]')?.properties.content, urlPath).toBe(`${SITE}${urlPath}`);
      expect(head(page, 'meta[property="og:title"]')?.properties.content, urlPath).toBeTruthy();
      expect(head(page, 'meta[property="og:description"]')?.properties.content, urlPath).toBeTruthy();
    }
  });

  it('describe themselves in JSON-LD with schema.org types', () => {
    const types = { filings: 'Report', companies: 'Organization', compounds: 'Drug', trials: 'MedicalTrial' };
    for (const [kind, type] of Object.entries(types)) {
      for (const urlPath of entityPages(kind)) {
        const script = head(pages.get(urlPath) as Page, 'script[type="application/ld+json"]');
        const data = JSON.parse(textOf(script as Element));
        expect(data['@context'], urlPath).toBe('https://schema.org');
        expect(data['@type'], urlPath).toBe(type);
        expect(data.url, urlPath).toBe(`${SITE}${urlPath}`);
      }
    }
    const trial = JSON.parse(
      textOf(
        head(pages.get(entityPages('trials')[0] as string) as Page, 'script[type="application/ld+json"]') as Element,
      ),
    );
    expect(trial.phase).toMatch(/^Phase /);
    expect(trial.studySubject['@type']).toBe('Drug');
    // Hostile text stays data: escaped so it cannot close the script element.
    const evil = entityPages('companies').find((p) => p.includes('evil'));
    const raw = pages.get(evil as string)?.html ?? '';
    expect(raw).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
  });

  it('are listed in the sitemap, which robots.txt names', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    const sitemap = readdirSync(site.out)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map(read)
      .join('');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    for (const urlPath of pages.keys()) {
      if (urlPath === '/404.html') expect(listed.has(`${SITE}/404/`)).toBe(false);
      else expect(listed.has(`${SITE}${urlPath}`), urlPath).toBe(true);
    }
  });
});

describe('search', () => {
  it('indexes filings, companies, compounds and trials by type, and has a search page that says what to do without JavaScript', () => {
    expect(existsSync(path.join(site.out, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(site.out, 'pagefind/pagefind-ui.js'))).toBe(true);
    const filters = readdirSync(path.join(site.out, 'pagefind/filter'));
    expect(filters.length).toBeGreaterThan(0);
    for (const [kind, type] of [
      ['filings', 'filing'],
      ['companies', 'company'],
      ['compounds', 'compound'],
      ['trials', 'trial'],
    ] as const) {
      for (const urlPath of entityPages(kind)) {
        const page = pages.get(urlPath) as Page;
        expect(head(page, 'meta[data-pagefind-filter="type[content]"]')?.properties.content, urlPath).toBe(type);
        expect(select('main[data-pagefind-body]', page.tree), urlPath).toBeTruthy();
      }
    }
    // Index pages are not search results.
    expect(select('[data-pagefind-body]', pages.get('/filings/')?.tree)).toBeFalsy();
    // Boilerplate (cover page, forward-looking statements) and timelines, which repeat the filings, are not indexed.
    const filing = pages.get(entityPages('filings')[0] as string) as Page;
    const ignored = selectAll('main [data-pagefind-ignore]', filing.tree).map((el) => textOf(el));
    expect(ignored.some((t) => /forward-looking/i.test(t))).toBe(true);
    expect(ignored.some((t) => /Cover page/.test(t))).toBe(true);
    const compound = pages.get('/compounds/huc242-dm4/')?.tree;
    expect(selectAll('main [data-pagefind-ignore]', compound).map((el) => el.properties.className)).toContainEqual([
      'timeline',
    ]);
    const search = pages.get('/search/') as Page;
    expect(textOf(select('noscript', search.tree) as Element)).toMatch(/needs JavaScript/);
    expect(select('form[role="search"][action="/search/"] input[name="q"]', pages.get('/')?.tree)).toBeTruthy();
  });
});

describe('pictures', () => {
  it('draws the pipeline on the company page as accessible SVG, with the same data as a table', () => {
    const page = pages.get('/companies/immunogen/') as Page;
    const svg = select('.pipeline svg[role="img"]', page.tree) as Element;
    expect(svg).toBeTruthy();
    const labelled = [svg.properties.ariaLabelledBy].flat().map(String);
    expect(labelled).toHaveLength(2);
    for (const id of labelled) expect(page.ids.has(id), id).toBe(true);
    expect(textOf(select('title', svg) as Element)).toBe('Pipeline of ImmunoGen, Inc.');
    expect(textOf(select('desc', svg) as Element)).toContain('huC242-DM4 in CanAg-expressing cancers: Phase 1');
    const rows = selectAll('.pipeline table tbody tr', page.tree).map((r) => textOf(r));
    expect(rows).toContain('huN901-DM1multiple myelomaPhase 1');
    expect(rows.length).toBe(selectAll('.pipeline svg .bar', page.tree).length);
  });

  it('marks the events each filing reports on compound and trial timelines', () => {
    const trial = pages.get('/trials/huc242-dm4-phase-1-canag-expressing-cancers/') as Page;
    const events = selectAll('.timeline .event', trial.tree).map((e) => textOf(e));
    expect(events).toEqual(expect.arrayContaining(['data presented', 'dose escalation']));
    const compound = pages.get('/compounds/hun901-dm1/') as Page;
    expect(selectAll('.timeline .event', compound.tree).map((e) => textOf(e))).toContain('trial initiated');
  });
});
