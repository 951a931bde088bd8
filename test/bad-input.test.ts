/**
 * A folder of broken and hostile files, built for real: none stops the build,
 * none runs script or breaks the HTML, the feed or the JSON, and each is named
 * in the console and in /data/build-report.json with the file and, where it
 * can be known, the line. `--strict` turns the same problems into a failed build.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOwnScript, type Page, siteBuild } from './build.js';

const folder = mkdtempSync(path.join(tmpdir(), 'filing-digest-bad-'));
const site = siteBuild(folder);

const cover = (form: string, name: string) =>
  `FORM ${form}\n\nDate of Report (Date of earliest event reported): March 4, 2024\n\n${name}\n\n(Exact name of registrant as specified in its charter)\n\n`;

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

const FILES: Record<string, string | Uint8Array> = {
  'empty.txt': '',
  'scan.pdf': '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n',
  'logo.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  'truncated.txt': [
    '<SEC-DOCUMENT>0000000001-24-000009.txt : 20240305',
    '<SEC-HEADER>0000000001-24-000009.hdr.sgml : 20240305',
    'ACCESSION NUMBER:\t\t0000000001-24-000009',
    'CONFORMED SUBMISSION TYPE:\t8-K',
    'FILED AS OF DATE:\t\t20240305',
    'FILER:',
    '\tCOMPANY DATA:',
    '\t\tCOMPANY CONFORMED NAME:\t\t\tTRUNCATED BIO INC',
    '\t\tCENTRAL INDEX KEY:\t\t\t0000000001',
    '</SEC-HEADER>',
    '<DOCUMENT>',
    '<TYPE>8-K',
    '<SEQUENCE>1',
    '<FILENAME>t8k.txt',
    '<TEXT>',
    'FORM 8-K',
    '',
    'Item 8.01 Other Events',
    '',
    'Truncated Bio Inc. began a study and then the file en',
  ].join('\n'),
  'huge.txt': '', // written below: 50 MB
  'broken-utf8.txt': latin1(''), // written below
  'latin1.txt': latin1(
    `${cover('8-K', 'Société Générale Biotech S.A.')}Item 8.01 Other Events\n\nLa Société a annoncé des résultats.\n`,
  ),
  'no-form.txt': 'Minutes of the annual picnic.\n\nEveryone had a nice time and nothing was filed.\n',
  'other-form.txt': `${cover('25-NSE', 'Delisted Corp.')}The exchange removes the class of securities from listing.\n`,
  'twin-a.txt': `${cover('8-K', 'Twin Corp.')}Item 8.01 Other Events\n\nTwin Corp. moved its offices.\n`,
  'twin-b.txt': `${cover('8-K', 'Twin Corp.')}Item 8.01 Other Events\n\nTwin Corp. moved its offices.\n`,
  'hostile.txt': `${cover('8-K', 'Evil Corp <script>alert(1)</script>')}Item 8.01 Other Events\n\nEvil Corp <script>alert("pwned")</script> announced ]]> results & more.\n\n<img src=x onerror="alert(2)">\n\n[click me](javascript:alert(3)) and <a href="javascript:alert(4)">this</a>.\n`,
  'hostile.html': `<html><head><script>alert(5)</script><style>body{display:none}</style></head><body onload="alert(6)">
<p>FORM 8-K</p><p>Hostile &lt;script&gt;alert(12)&lt;/script&gt; Html Inc.</p><p>(Exact name of registrant as specified in its charter)</p>
<p><b>Item 8.01 Other Events</b></p>
<p>Hostile Html Inc. <img src=x onerror="alert(7)"> said <a href="javascript:alert(8)">hello</a> ]]&gt; <iframe src="https://evil.example"></iframe>
<svg onload="alert(9)"><script>alert(10)</script></svg> and &lt;script&gt;alert(11)&lt;/script&gt;.</p></body></html>`,
};
const BROKEN_UTF8 = [
  ...new TextEncoder().encode(
    `${cover('8-K', 'Broken Bytes Inc.')}Item 8.01 Other Events\n\nBroken Bytes Inc. – a “company” – said: `,
  ),
  0xc3,
  0x28,
  ...new TextEncoder().encode(' done.\n'),
];

let first = { code: -1, log: '' };
let strict = { code: -1, log: '' };
let pages = new Map<string, Page>();

interface Report {
  files: number;
  sources: { file: string; outcome: string; filing: string | null; problems: { line?: number; message: string }[] }[];
}

beforeAll(async () => {
  for (const [name, content] of Object.entries(FILES)) writeFileSync(path.join(folder, name), content);
  writeFileSync(path.join(folder, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'A'));
  writeFileSync(path.join(folder, 'broken-utf8.txt'), Uint8Array.from(BROKEN_UTF8));
  first = await site.run();
  pages = site.pages();
  strict = await site.run(['--strict']);
});

afterAll(() => {
  site.cleanup();
  rmSync(folder, { recursive: true, force: true });
});

const report = () => site.json<Report>('build-report');
const sourceOf = (file: string) => report().sources.find((s) => s.file === file);

describe('bad input', () => {
  it('never stops the build', () => {
    expect(first.code, first.log).toBe(0);
    expect(pages.size).toBeGreaterThan(5);
  });

  it('puts every file on the site or in the build report, with the reason', () => {
    const r = report();
    expect(r.files).toBe(Object.keys(FILES).length);
    expect(r.sources.map((s) => s.file).sort()).toEqual(Object.keys(FILES).sort());
    const outcomes = Object.fromEntries(r.sources.map((s) => [s.file, s.outcome]));
    expect(outcomes).toEqual({
      'broken-utf8.txt': 'published',
      'empty.txt': 'rejected',
      'hostile.html': 'published',
      'hostile.txt': 'published',
      'huge.txt': 'rejected',
      'latin1.txt': 'published',
      'logo.png': 'rejected',
      'no-form.txt': 'published',
      'other-form.txt': 'published',
      'scan.pdf': 'rejected',
      'truncated.txt': 'published',
      'twin-a.txt': 'published',
      'twin-b.txt': 'duplicate',
    });
    const why = (file: string) => sourceOf(file)?.problems.map((p) => p.message) ?? [];
    expect(why('empty.txt')).toEqual(['empty file']);
    expect(why('scan.pdf')[0]).toMatch(/binary file \(PDF/);
    expect(why('logo.png')[0]).toMatch(/binary file \(PNG/);
    expect(why('huge.txt')[0]).toMatch(/too large \(50\.0 MB/);
    expect(why('twin-b.txt')[0]).toMatch(/same bytes as twin-a\.txt/);
    expect(sourceOf('twin-b.txt')?.filing).toBe(sourceOf('twin-a.txt')?.filing);
    // Where the line is known, it is given.
    expect(sourceOf('truncated.txt')?.problems).toContainEqual(
      expect.objectContaining({ line: 15, message: expect.stringMatching(/no <\/TEXT>.*truncated/) }),
    );
    expect(sourceOf('broken-utf8.txt')?.problems).toContainEqual(
      expect.objectContaining({ line: 11, message: expect.stringMatching(/invalid UTF-8/) }),
    );
    expect(sourceOf('no-form.txt')?.problems).toContainEqual(
      expect.objectContaining({ line: 1, message: expect.stringMatching(/no form type found/) }),
    );
    // Each published file has its page.
    for (const s of report().sources.filter((x) => x.outcome === 'published')) {
      expect(site.target(`/filings/${s.filing}/`), s.file).not.toBeNull();
    }
  });

  it('names each problem file in the console, with its line where known', () => {
    for (const name of ['empty.txt', 'scan.pdf', 'logo.png', 'huge.txt', 'twin-b.txt']) {
      expect(first.log).toContain(`${name}: `);
    }
    expect(first.log).toContain('truncated.txt:15: ');
    expect(first.log).toContain('broken-utf8.txt:11: ');
    expect(first.log).toContain('no-form.txt:1: ');
  });

  it('reads Latin-1 and broken UTF-8 without mojibake, and any form as a filing page', () => {
    const latin = pages.get(`/filings/${sourceOf('latin1.txt')?.filing}/`)?.html ?? '';
    expect(latin).toContain('La Société a annoncé des résultats.');
    expect(latin).not.toMatch(/Ã©|Ã¨/);
    const broken = pages.get(`/filings/${sourceOf('broken-utf8.txt')?.filing}/`)?.html ?? '';
    expect(broken).toContain('Broken Bytes Inc. – a “company” – said: �( done.');
    const other = pages.get(`/filings/${sourceOf('other-form.txt')?.filing}/`)?.html ?? '';
    expect(other).toContain('25-NSE');
    expect(other).toContain('Delisted Corp.');
  });

  it('never turns filing text into script or markup, on any page', () => {
    for (const [urlPath, page] of pages) {
      visit(page.tree, 'element', (el: Element) => {
        expectOwnScript(el, urlPath);
        expect(el.tagName, urlPath).not.toBe('iframe');
        expect(
          Object.keys(el.properties).filter((k) => /^on/i.test(k)),
          urlPath,
        ).toEqual([]);
        for (const attr of ['href', 'src'])
          expect(String(el.properties[attr] ?? ''), urlPath).not.toMatch(/^\s*javascript:/i);
      });
    }
    const text = pages.get(`/filings/${sourceOf('hostile.txt')?.filing}/`)?.html ?? '';
    expect(text).toContain('alert(&quot;pwned&quot;)');
    expect(text).toContain('announced ]]&gt; results &amp; more.');
    const html = pages.get(`/filings/${sourceOf('hostile.html')?.filing}/`)?.html ?? '';
    expect(html).toContain('&lt;script&gt;alert(11)&lt;/script&gt;');
    expect(html).toContain('Hostile &lt;script&gt;alert(12)&lt;/script&gt; Html Inc.');
    expect(html).not.toContain('alert(5)'); // the document's own scripts are dropped, not shown
  });

  it('keeps the feed valid XML whose HTML holds no script', () => {
    const xml = readFileSync(path.join(site.out, 'rss.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser().parse(xml);
    const items = [feed.rss.channel.item].flat();
    expect(items.length).toBe(report().sources.filter((s) => s.outcome === 'published').length);
    // Titles are plain text: escaped in the XML, the filing's words when read back.
    expect(xml).not.toMatch(/<script/i);
    expect(items.map((i) => String(i.title))).toContain('8-K of Hostile <script>alert(12)</script> Html Inc.');
    for (const item of items) {
      visit(fromHtml(String(item.description ?? ''), { fragment: true }), 'element', (el: Element) => {
        expect(el.tagName).not.toBe('script');
        expect(Object.keys(el.properties).filter((k) => /^on/i.test(k))).toEqual([]);
      });
    }
  });

  it('keeps the JSON export parseable, with filing text as plain strings', () => {
    const filings = site.json<{ id: string; registrant: { name: string | null } }[]>('filings');
    expect(filings.map((f) => f.registrant.name)).toContain('Hostile <script>alert(12)</script> Html Inc.');
    // Inline tags in a text filing are markup of the filing (<u>, <b>), so they go; their text stays.
    expect(filings.map((f) => f.registrant.name)).toContain('Evil Corp alert(1)');
  });

  it('fails a --strict build, naming every problem', () => {
    expect(strict.code).not.toBe(0);
    expect(strict.log).toMatch(/strict build: \d+ problems with the input/);
    for (const name of ['empty.txt', 'scan.pdf', 'logo.png', 'huge.txt', 'twin-b.txt', 'truncated.txt:15']) {
      expect(strict.log).toContain(name);
    }
  });
});
