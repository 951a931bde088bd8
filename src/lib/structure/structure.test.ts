import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../text/blocks.js';
import { parseMonthDate } from '../vocab/dates.js';
import { readStructure } from './index.js';
import { readDateline, readPressRelease } from './press-release.js';
import { readItemHeading } from './sections.js';

describe('readItemHeading', () => {
  it('knows today’s and the pre-2004 item numbers, with official titles', () => {
    expect(readItemHeading('ITEM 8.01 – OTHER EVENTS')).toEqual({ number: '8.01', title: 'Other Events', rest: '' });
    expect(readItemHeading('Item 2.02. Results of Operations and Financial Condition.')).toMatchObject({
      number: '2.02',
      title: 'Results of Operations and Financial Condition',
    });
    expect(readItemHeading('Item 5. Other Events')).toMatchObject({ number: '5', title: 'Other Events' });
    expect(readItemHeading('Item 12. Results of Operations and Financial Condition')).toMatchObject({ number: '12' });
    expect(readItemHeading('Item 4.99 Nothing')).toBeNull();
    expect(
      readItemHeading(
        'Item 5.02. | Departure of Directors or Certain Officers; Election of Directors; Election of Directors; Appointment of Certain Officers; Compensatory Arrangements of Certain Officers.',
      ),
    ).toMatchObject({ number: '5.02', rest: '' });
    expect(readItemHeading(`Item 8.01 ${'The Company announced a thing that it has done. '.repeat(5)}`)).toBeNull();
  });
});

describe('readDateline and parseMonthDate', () => {
  it('reads place and date', () => {
    expect(readDateline('BOSTON, Mass., March 3, 2024 /PRNewswire/ -- Acme today said')).toEqual({
      place: 'BOSTON, Mass.',
      date: '2024-03-03',
    });
    expect(readDateline('SAN DIEGO, CA, Sept. 7, 2005 – Acme announced')).toEqual({
      place: 'SAN DIEGO, CA',
      date: '2005-09-07',
    });
    expect(readDateline('On September 7, 2005, Acme issued a release.')).toBeNull();
    expect(readDateline('EMERYVILLE, Calif.— May 2, 2021 — Acme, Inc. today')).toEqual({
      place: 'EMERYVILLE, Calif.',
      date: '2021-05-02',
    });
    expect(readDateline('AUSTIN, Texas -- June 3, 1998 -- Acme today')).toEqual({
      place: 'AUSTIN, Texas',
      date: '1998-06-03',
    });
    expect(readDateline('Research Triangle Park, NC (March 9, 2020) – Acme')).toEqual({
      place: 'Research Triangle Park, NC',
      date: '2020-03-09',
    });
    expect(readDateline('OMAHA, NE -- (BUSINESS WIRE) -- Acme Corp. said')).toEqual({ place: 'OMAHA, NE', date: null });
    expect(readDateline('Revenue Grew 12% - Margins Up')).toBeNull();
    expect(readDateline('Acme, Inc. announced results today.')).toBeNull();
    expect(parseMonthDate('Sept. 7, 2005')).toBe('2005-09-07');
    expect(parseMonthDate('February 29, 2024')).toBe('2024-02-29');
    expect(parseMonthDate('February 30, 2024')).toBeNull();
    expect(parseMonthDate('Smarch 3, 2024')).toBeNull();
  });
});

describe('readPressRelease', () => {
  const release = (...texts: string[]) => readPressRelease(textToBlocks(texts.join('\n\n')));
  it('keeps a headline that ends in a dash, and runs of dashed sub-headlines', () => {
    expect(release('Letterhead', 'Acme Reports Q3 Results -', 'BOSTON, MA, March 3, 2024 -- Acme said.')).toMatchObject(
      {
        headline: 'Acme Reports Q3 Results -',
        subheadline: null,
      },
    );
    expect(
      release(
        'Acme Partners With Beta',
        '– Deal Worth $1 Billion –',
        'Acme to Host Call –',
        'BOSTON, MA, March 3, 2024 -- Acme said.',
      ),
    ).toMatchObject({ headline: 'Acme Partners With Beta', subheadline: 'Deal Worth $1 Billion · Acme to Host Call' });
  });

  it('ends the release at its boilerplate unless an About or safety section follows', () => {
    const pr = release(
      'Acme Grows',
      'BOSTON, MA, March 3, 2024 -- Acme said it grew.',
      'This release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act; actual results may differ.',
      'EXHIBIT 99.2',
      'Unaudited Condensed Balance Sheet',
    );
    expect(pr?.body).toBe('BOSTON, MA, March 3, 2024 -- Acme said it grew.');
  });
});

describe('readStructure on a small 8-K of our own', () => {
  const text = [
    'FORM 8-K',
    'Date of Report (Date of earliest event reported): January 5, 2024',
    'Acme Bio, Inc.',
    '(Exact name of registrant as specified in its charter)',
    'Delaware (State or other jurisdiction of incorporation) 001-12345 (Commission File Number) 12-3456789 (IRS Employer Identification No.)',
    'Item 1.01 Entry into a Material Definitive Agreement',
    'On January 5, 2024, Acme Bio, Inc. entered into a license agreement with Beta Pharma.',
    'Item 9.01 Financial Statements and Exhibits',
    '(d) Exhibits',
    'Exhibit 99.1 Press release dated January 5, 2024',
    'SIGNATURES',
    'Acme Bio, Inc.',
    'By: /s/ Jane Roe',
    'Name: Jane Roe',
    'Title: Chief Executive Officer',
    'Date: January 5, 2024',
  ].join('\n\n');
  const s = readStructure(textToBlocks(text));

  it('reads cover, items, exhibits and signature', () => {
    expect(s.form).toBe('8-K');
    expect(s.dateOfReport).toBe('2024-01-05');
    expect(s.registrant).toMatchObject({
      name: 'Acme Bio, Inc.',
      state: 'Delaware',
      fileNumber: '001-12345',
      irsNumber: '12-3456789',
    });
    expect(s.items.map((i) => i.number)).toEqual(['1.01', '9.01']);
    expect(s.items[0]?.text).toBe(
      'On January 5, 2024, Acme Bio, Inc. entered into a license agreement with Beta Pharma.',
    );
    expect(s.exhibits).toEqual([{ number: '99.1', description: 'Press release dated January 5, 2024', blockId: null }]);
    expect(s.signature).toMatchObject({ name: 'Jane Roe', title: 'Chief Executive Officer', date: '2024-01-05' });
    expect(s.pressRelease).toBeNull();
  });
});
