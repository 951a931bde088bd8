import { describe, expect, it } from 'vitest';
import { isSubmission, readHeader, readSubmission } from './sgml.js';

const HEADER = `<SEC-DOCUMENT>0000000001-24-000001.txt : 20240105
<SEC-HEADER>0000000001-24-000001.hdr.sgml : 20240105
ACCESSION NUMBER:\t\t0000000001-24-000001
CONFORMED SUBMISSION TYPE:\t8-K
PUBLIC DOCUMENT COUNT:\t\t3
CONFORMED PERIOD OF REPORT:\t20240104
ITEM INFORMATION:\t\tEntry into a Material Definitive Agreement
ITEM INFORMATION:\t\tFinancial Statements and Exhibits
FILED AS OF DATE:\t\t20240105

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tACME BIO INC
\t\tCENTRAL INDEX KEY:\t\t\t0000000001
\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tPHARMACEUTICAL PREPARATIONS [2834]
\t\tSTATE OF INCORPORATION:\t\t\tDE
\t\tFISCAL YEAR END:\t\t\t1231

\tFILING VALUES:
\t\tFORM TYPE:\t\t8-K
\t\tSEC FILE NUMBER:\t001-12345

\tBUSINESS ADDRESS:\t
\t\tSTREET 1:\t\t1 MAIN ST
\t\tCITY:\t\t\tBOSTON
\t\tSTATE:\t\t\tMA
\t\tZIP:\t\t\t02110
\t\tBUSINESS PHONE:\t\t617-555-0100

\tFORMER COMPANY:\t
\t\tFORMER CONFORMED NAME:\tACME LABS INC
\t\tDATE OF NAME CHANGE:\t20200101
</SEC-HEADER>
`;
const DOCS = `<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>acme-8k.htm
<TEXT>
<html><body><p>FORM 8-K</p><p>Item 1.01 Entry into a Material Definitive Agreement</p></body></html>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<FILENAME>ex99-1.txt
<DESCRIPTION>PRESS RELEASE
<TEXT>
BOSTON, MA, January 5, 2024 - Acme Bio today announced a deal.
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>GRAPHIC
<SEQUENCE>3
<FILENAME>logo.jpg
<TEXT>
begin 644 logo.jpg
M_]C_X02D9)1@!0$2!(#_X0
end
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
`;

describe('readSubmission', () => {
  it('reads the SEC header', () => {
    const { header } = readSubmission(HEADER + DOCS);
    expect(header).toEqual({
      accession: '0000000001-24-000001',
      form: '8-K',
      filedDate: '2024-01-05',
      periodOfReport: '2024-01-04',
      items: ['Entry into a Material Definitive Agreement', 'Financial Statements and Exhibits'],
      companyName: 'ACME BIO INC',
      cik: '0000000001',
      sic: 'PHARMACEUTICAL PREPARATIONS [2834]',
      stateOfIncorporation: 'DE',
      fiscalYearEnd: '1231',
      fileNumber: '001-12345',
      irsNumber: null,
      businessAddress: '1 MAIN ST, BOSTON MA 02110',
      businessPhone: '617-555-0100',
      formerNames: ['ACME LABS INC'],
      filers: [{ name: 'ACME BIO INC', cik: '0000000001' }],
    });
  });

  it('lists every filer of a combined filing, the first as the registrant', () => {
    const header = readHeader(
      [
        'ACCESSION NUMBER:\t\t0000000009-03-000001',
        'CONFORMED SUBMISSION TYPE:\t8-K',
        'FILER:',
        '\tCOMPANY DATA:',
        '\t\tCOMPANY CONFORMED NAME:\t\t\tNORTH POWER CO',
        '\t\tCENTRAL INDEX KEY:\t\t\t0000000011',
        'FILER:',
        '\tCOMPANY DATA:',
        '\t\tCOMPANY CONFORMED NAME:\t\t\tSOUTH POWER CO',
        '\t\tCENTRAL INDEX KEY:\t\t\t0000000022',
      ].join('\n'),
    );
    expect(header.companyName).toBe('NORTH POWER CO');
    expect(header.cik).toBe('0000000011');
    expect(header.filers).toEqual([
      { name: 'NORTH POWER CO', cik: '0000000011' },
      { name: 'SOUTH POWER CO', cik: '0000000022' },
    ]);
  });

  it('reads each document with its type, format and starting line, and skips uuencoded files', () => {
    const { documents, warnings } = readSubmission(HEADER + DOCS);
    expect(documents.map((d) => [d.type, d.filename, d.description, d.format])).toEqual([
      ['8-K', 'acme-8k.htm', null, 'html'],
      ['EX-99.1', 'ex99-1.txt', 'PRESS RELEASE', 'text'],
      ['GRAPHIC', 'logo.jpg', null, 'binary'],
    ]);
    expect(documents[1]?.body.trim()).toBe('BOSTON, MA, January 5, 2024 - Acme Bio today announced a deal.');
    expect(documents[1]?.line).toBe(48); // the <TEXT> line: the body starts right after the tag
    expect(documents[2]?.body).toBe('');
    expect(warnings).toEqual([]);
  });

  it('reads the 1990s PEM-wrapped variant and says when a file is truncated', () => {
    const pem = `-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n\n${HEADER}${DOCS.slice(0, 300)}`;
    expect(isSubmission(pem)).toBe(true);
    const { header, documents, warnings } = readSubmission(pem);
    expect(header?.accession).toBe('0000000001-24-000001');
    expect(documents).toHaveLength(2);
    expect(warnings.map((w) => w.message)).toEqual([
      'last document has no </DOCUMENT>: the file looks truncated',
      'document has no </TEXT>: the file looks truncated',
    ]);
  });

  it('reads a lone document that begins with <DOCUMENT>/<TYPE> lines', () => {
    const { header, documents } = readSubmission(
      '<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>d1.htm\n<html><p>Hello</p></html>\n',
    );
    expect(header).toBeNull();
    expect(documents.map((d) => [d.type, d.format, d.body.trim()])).toEqual([
      ['EX-99.1', 'html', '<html><p>Hello</p></html>'],
    ]);
  });

  it('does not take plain text for a submission', () => {
    expect(isSubmission('FORM 8-K\n\nItem 8.01 Other Events')).toBe(false);
  });
});

describe('the tag-style .nc variant', () => {
  const NC = [
    '<SUBMISSION>',
    '<ACCESSION-NUMBER>0000000001-09-000007',
    '<TYPE>8-K',
    '<PUBLIC-DOCUMENT-COUNT>2',
    '<ITEMS>8.01',
    '<ITEMS>9.01',
    '<FILING-DATE>20090105',
    '<PERIOD>20090102',
    '<FILER>',
    '<COMPANY-DATA>',
    '<CONFORMED-NAME>ACME BIO INC',
    '<CIK>0000000001',
    '<ASSIGNED-SIC>2834',
    '<STATE-OF-INCORPORATION>DE',
    '</COMPANY-DATA>',
    '<BUSINESS-ADDRESS>',
    '<STREET1>1 MAIN ST',
    '<CITY>BOSTON',
    '<STATE>MA',
    '<ZIP>02110',
    '<PHONE>6175550100',
    '</BUSINESS-ADDRESS>',
    '<FORMER-COMPANY>',
    '<FORMER-CONFORMED-NAME>ACME LABS INC',
    '</FORMER-COMPANY>',
    '</FILER>',
    '<DOCUMENT>',
    '<TYPE>8-K',
    '<SEQUENCE>1',
    '<FILENAME>acme8k.txt',
    '<TEXT>',
    'FORM 8-K',
    '</TEXT>',
    '</DOCUMENT>',
    '</SUBMISSION>',
  ].join('\n');

  it('reads its header fields and documents like the text header', () => {
    expect(isSubmission(NC)).toBe(true);
    const { header, documents, warnings } = readSubmission(NC);
    expect(header).toMatchObject({
      accession: '0000000001-09-000007',
      form: '8-K',
      filedDate: '2009-01-05',
      periodOfReport: '2009-01-02',
      items: ['8.01', '9.01'],
      companyName: 'ACME BIO INC',
      cik: '0000000001',
      sic: '2834',
      stateOfIncorporation: 'DE',
      businessAddress: '1 MAIN ST, BOSTON MA 02110',
      businessPhone: '6175550100',
      formerNames: ['ACME LABS INC'],
    });
    expect(documents.map((d) => [d.type, d.filename, d.body.trim()])).toEqual([['8-K', 'acme8k.txt', 'FORM 8-K']]);
    expect(warnings).toEqual([]);
  });
});
