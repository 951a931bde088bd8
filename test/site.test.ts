/**
 * Builds the real site from filings/ (the two samples) and checks it as a
 * reader and a feed reader would meet it: every internal link resolves, the
 * feed is valid RSS 2.0 with one item per filing, and the pages link both
 * ways between filings, companies, compounds and trials.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOwnScript, type Page, root, SITE, siteBuild } from './build.js';

// The samples, plus an empty file and a hostile one: the build must report the first and neutralise the second.
const folder = mkdtempSync(path.join(tmpdir(), 'filing-digest-filings-'));
const HOSTILE = [
  'FORM 8-K',
  'Evil Corp <script>alert("pwned")</script> announced ]]> results & more.',
  '<img src=x onerror="alert(2)">',
  '[click me](javascript:alert(3))',
].join('\n\n');
// The project's own content/ (the sample site's curation) is part of what this build checks.
const site = siteBuild(folder, path.join(root, 'content'));
const out = site.out;
let pages = new Map<string, Page>(); // URL path → page
let rebuildLog = '';

beforeAll(async () => {
  for (const name of readdirSync(path.join(root, 'filings')))
    copyFileSync(path.join(root, 'filings', name), path.join(folder, name));
  writeFileSync(path.join(folder, 'empty.txt'), '');
  writeFileSync(path.join(folder, 'zz-hostile.txt'), HOSTILE);
  const first = await site.run();
  if (first.code !== 0) throw new Error(first.log);
  // Built again with nothing changed: the store's digests spare every filing a second parse.
  rebuildLog = (await site.run()).log;
  pages = site.pages();
});

afterAll(() => {
  site.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

const target = site.target;
const linksOf = (urlPath: string) => pages.get(urlPath)?.links ?? [];
const json = site.json;

describe('the built site', () => {
  it('parses no unchanged filing again on the next build', () => {
    expect(rebuildLog).toMatch(/4 files: 3 filings \(0 parsed, 0 changed\)/);
  });

  it('has the pages a reader expects', () => {
    for (const p of ['/', '/filings/', '/companies/', '/compounds/', '/trials/', '/404.html']) {
      expect(target(p), p).not.toBeNull();
    }
    expect(pages.size).toBeGreaterThan(20);
  });

  it('has no broken internal link or fragment', () => {
    const broken: string[] = [];
    for (const [from, page] of pages) {
      for (const link of page.links) {
        const url = new URL(link, `${SITE}${from}`);
        if (url.origin !== SITE) continue;
        if (!target(url.pathname)) {
          broken.push(`${from} → ${link}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && url.pathname.endsWith('/') && !pages.get(url.pathname)?.ids.has(fragment)) {
          broken.push(`${from} → ${link} (no #${fragment})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('links the feed from every page', () => {
    for (const [urlPath, page] of pages) {
      let found = false;
      visit(page.tree, 'element', (el: Element) => {
        if (
          el.tagName === 'link' &&
          String(el.properties.type) === 'application/rss+xml' &&
          el.properties.href === `${SITE}/rss.xml`
        )
          found = true;
      });
      expect(found, urlPath).toBe(true);
    }
  });

  it('publishes a valid RSS 2.0 feed with one item per filing and stable guids', () => {
    const xml = readFileSync(path.join(out, 'rss.xml'), 'utf8');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(feed.rss['@_version']).toBe('2.0');
    const channel = feed.rss.channel;
    expect(channel.title).toBeTruthy();
    expect(channel.description).toBeTruthy();
    expect(channel.link).toBe(`${SITE}/`);
    const items = [channel.item].flat();
    expect(items).toHaveLength(3);
    for (const item of items.slice(0, 2)) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(new RegExp(`^${SITE}/filings/[a-z0-9-]+/$`));
      expect(new Date(item.pubDate).toUTCString()).toBe(item.pubDate);
      expect(item.description).toMatch(/<li>/);
    }
    expect(items.map((i) => i.guid['#text'])).toEqual([
      'filing-digest:immunogen-2006-11-08-8k',
      'filing-digest:immunogen-2005-09-07-8k',
      'filing-digest:zz-hostile',
    ]);
  });

  it('cross-links filing ↔ company ↔ compound ↔ trial both ways', () => {
    const filing = '/filings/immunogen-2005-09-07-8k/';
    const compound = '/compounds/hun901-dm1/';
    const trial = '/trials/hun901-dm1-phase-1-multiple-myeloma/';
    const company = '/companies/immunogen/';
    const pairs: [string, string][] = [
      [filing, compound],
      [compound, filing],
      [filing, trial],
      [trial, filing],
      [compound, trial],
      [trial, compound],
      [filing, company],
      [company, filing],
      [company, compound],
      [compound, company],
      [company, trial],
      [trial, company],
    ];
    for (const [from, to] of pairs) {
      expect(
        linksOf(from).some((l) => l.startsWith(to)),
        `${from} → ${to}`,
      ).toBe(true);
    }
    // The second sample's trial, and a partner's page linking back to the filing that names it.
    expect(linksOf('/trials/huc242-dm4-phase-1-canag-expressing-cancers/')).toContain(
      '/filings/immunogen-2006-11-08-8k/',
    );
    expect(linksOf('/companies/genentech/')).toContain('/compounds/trastuzumab-dm1/');
    expect(linksOf('/companies/amgen/')).toContain('/filings/immunogen-2005-09-07-8k/');
  });

  it('links each digest bullet to its sentence on the filing page', () => {
    const page = pages.get('/filings/immunogen-2006-11-08-8k/');
    const fragments = (page?.links ?? []).filter((l) => l.startsWith('#s'));
    expect(fragments.length).toBeGreaterThanOrEqual(5);
    for (const f of fragments) expect(page?.ids.has(f.slice(1)), f).toBe(true);
  });

  it("shows a filing's items with their text and its press contacts, read from beside the content store", () => {
    const html = pages.get('/filings/immunogen-2005-09-07-8k/')?.html ?? '';
    expect(html).toMatch(
      /<h2>Items<\/h2><h3><a href="#b\d+">Item 8\.01<\/a>: Other Events<\/h3><p>On September 7, 2005/,
    );
    expect(html).toContain('<h2>Contacts</h2>');
    expect(html).toContain('href="mailto:tloke@rxir.com"');
  });

  it('exports the data as JSON with ids, names, URLs and links', () => {
    const filings =
      json<
        {
          id: string;
          name: string;
          url: string;
          form: string;
          date: string;
          items: { number: string }[];
          sourceFiles: string[];
          compounds: string[];
        }[]
      >('filings');
    expect(filings.map((f) => [f.id, f.form, f.date, f.items.map((i) => i.number), f.sourceFiles])).toEqual([
      ['immunogen-2006-11-08-8k', '8-K', '2006-11-08', ['8.01', '9.01'], ['immunogen-2006-11-08-8k.txt']],
      ['immunogen-2005-09-07-8k', '8-K', '2005-09-06', ['8.01', '9.01'], ['immunogen-2005-09-07-8k.txt']],
      ['zz-hostile', '8-K', null, [], ['zz-hostile.txt']],
    ]);
    const compounds =
      json<{ id: string; name: string; url: string; aliases: string[]; trials: string[] }[]>('compounds');
    expect(compounds.map((c) => c.name).sort()).toEqual(
      ['AVE1642', 'AVE9633', 'cantuzumab mertansine', 'huC242-DM4', 'huN901-DM1', 'trastuzumab-DM1'].sort(),
    );
    const dm4 = compounds.find((c) => c.id === 'huc242-dm4');
    // Aliases and owner from content/ (the editors' curation), beside the spelling the filings use.
    expect(dm4?.aliases).toEqual(['HuC242-DM4', 'IMGN242', 'cantuzumab ravtansine']);
    expect((dm4 as { owner?: string } | undefined)?.owner).toBe('immunogen');
    expect(dm4?.trials).toEqual(['huc242-dm4-phase-1-canag-expressing-cancers']);
    for (const record of [
      ...filings,
      ...compounds,
      ...json<{ id: string; name: string; url: string }[]>('companies'),
      ...json<{ id: string; name: string; url: string }[]>('trials'),
    ]) {
      expect(record.id).toBeTruthy();
      expect(record.name).toBeTruthy();
      expect(target(record.url), record.url).not.toBeNull();
    }
    const report = json<{ files: number; published: number; sources: { file: string; outcome: string }[] }>(
      'build-report',
    );
    expect(report.files).toBe(4);
    expect(report.sources.map((s) => [s.file, s.outcome])).toEqual([
      ['content/compounds.yaml', 'curation'],
      ['content/follow.yaml', 'curation'],
      ['content/huc242-dm4.md', 'curation'],
      ['empty.txt', 'rejected'],
      ['immunogen-2005-09-07-8k.txt', 'published'],
      ['immunogen-2006-11-08-8k.txt', 'published'],
      ['zz-hostile.txt', 'published'],
    ]);
  });

  it('shows the editors’ descriptions, set apart, on the entity pages', () => {
    const html = pages.get('/compounds/hun901-dm1/')?.html ?? '';
    expect(html).toMatch(/<p class="editorial"[^>]*>An antibody-drug conjugate: the humanized N901 antibody/);
    expect(html).toContain('href="/companies/immunogen/"');
  });

  it('never turns text from a filing into markup or script', () => {
    const page = pages.get('/filings/zz-hostile/');
    expect(page).toBeDefined();
    const html = readFileSync(page?.file ?? '', 'utf8');
    expect(html).toContain('alert(&quot;pwned&quot;)');
    for (const p of pages.values()) {
      visit(p.tree, 'element', (el: Element) => {
        expectOwnScript(el, p.file);
        expect(
          Object.keys(el.properties).filter((k) => k.toLowerCase().startsWith('on')),
          p.file,
        ).toEqual([]);
        expect(String(el.properties.href ?? ''), p.file).not.toMatch(/^\s*javascript:/i);
      });
    }
    expect(html).toContain('announced ]]&gt; results &amp; more.');
  });
});
