/**
 * A stand-in for EDGAR on 127.0.0.1: the submissions JSON of data.sec.gov in
 * its real structure (columns under `filings.recent`, older filings in paged
 * files) and full-submission `.txt` files under /Archives, with scripted
 * misbehaviour per URL: 429 then success, 500s, a slow answer, a cut-off body.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeFiling {
  accession: string;
  form: string;
  filingDate: string;
  reportDate?: string;
}

export interface FakeCompany {
  cik: string;
  name: string;
  recent: FakeFiling[];
  /** Older filings, served as one paged file. */
  older?: FakeFiling[];
}

/** What a URL does on its n-th request (0-based); the default is a normal answer. */
export type Behaviour = (n: number) => 'ok' | 'slow' | 'cut' | 'hang' | number;

export interface RequestLog {
  url: string;
  at: number;
  userAgent: string | undefined;
}

const columns = (filings: FakeFiling[]) => ({
  accessionNumber: filings.map((f) => f.accession),
  filingDate: filings.map((f) => f.filingDate),
  reportDate: filings.map((f) => f.reportDate ?? ''),
  acceptanceDateTime: filings.map((f) => `${f.filingDate}T16:05:12.000Z`),
  act: filings.map(() => '34'),
  form: filings.map((f) => f.form),
  fileNumber: filings.map(() => '000-12345'),
  filmNumber: filings.map(() => '24512345'),
  items: filings.map((f) => (f.form.startsWith('8-K') ? '2.02,9.01' : '')),
  size: filings.map(() => 12345),
  isXBRL: filings.map(() => 0),
  isInlineXBRL: filings.map(() => 0),
  primaryDocument: filings.map((f) => `${f.accession.replace(/-/g, '')}.htm`),
  primaryDocDescription: filings.map((f) => f.form),
});

export function submissionsJson(company: FakeCompany) {
  const page = `CIK${company.cik.padStart(10, '0')}-submissions-001.json`;
  const older = company.older ?? [];
  return {
    cik: company.cik,
    entityType: 'operating',
    sic: '2834',
    sicDescription: 'Pharmaceutical Preparations',
    name: company.name,
    tickers: [],
    exchanges: [],
    formerNames: [],
    filings: {
      recent: columns(company.recent),
      files: older.length
        ? [
            {
              name: page,
              filingCount: older.length,
              filingFrom: older.at(-1)?.filingDate,
              filingTo: older[0]?.filingDate,
            },
          ]
        : [],
    },
  };
}

/** A small full submission in EDGAR's layout: SEC header, one 8-K document, one press release. */
export function fullSubmission(company: FakeCompany, filing: FakeFiling): string {
  const date = filing.filingDate.replace(/-/g, '');
  return `<SEC-DOCUMENT>${filing.accession}.txt : ${date}
<SEC-HEADER>${filing.accession}.hdr.sgml : ${date}
ACCESSION NUMBER:\t\t${filing.accession}
CONFORMED SUBMISSION TYPE:\t${filing.form}
PUBLIC DOCUMENT COUNT:\t\t2
CONFORMED PERIOD OF REPORT:\t${(filing.reportDate ?? filing.filingDate).replace(/-/g, '')}
FILED AS OF DATE:\t\t${date}

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\t${company.name.toUpperCase()}
\t\tCENTRAL INDEX KEY:\t\t\t${company.cik.padStart(10, '0')}
\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tPHARMACEUTICAL PREPARATIONS [2834]
</SEC-HEADER>
<DOCUMENT>
<TYPE>${filing.form}
<SEQUENCE>1
<FILENAME>form8k.txt
<TEXT>
UNITED STATES SECURITIES AND EXCHANGE COMMISSION

FORM ${filing.form}

CURRENT REPORT

${company.name}

Item 8.01 Other Events.

On ${filing.filingDate}, ${company.name} issued the press release attached as Exhibit 99.1.

Item 9.01 Financial Statements and Exhibits.

99.1 Press release.
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<FILENAME>ex99.txt
<TEXT>
${company.name} Starts Phase 2 Trial of ZX-${filing.accession.slice(-4)}

BOSTON, MA -- ${filing.filingDate} -- ${company.name} today announced the first patient dosed in a Phase 2 trial of ZX-${filing.accession.slice(-4)}.
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
`;
}

export interface FakeEdgar {
  url: string;
  requests: RequestLog[];
  /** Requests to one path. */
  count(path: string): number;
  close(): Promise<void>;
}

export const archivePath = (cik: string, accession: string) =>
  `/Archives/edgar/data/${cik}/${accession.replace(/-/g, '')}/${accession}.txt`;

export async function startFakeEdgar(
  companies: FakeCompany[],
  behaviours: Record<string, Behaviour> = {},
  options: { slowMs?: number } = {},
): Promise<FakeEdgar> {
  const routes = new Map<string, () => string>();
  for (const company of companies) {
    const padded = company.cik.padStart(10, '0');
    routes.set(`/submissions/CIK${padded}.json`, () => JSON.stringify(submissionsJson(company)));
    if (company.older?.length) {
      routes.set(`/submissions/CIK${padded}-submissions-001.json`, () => JSON.stringify(columns(company.older ?? [])));
    }
    for (const filing of [...company.recent, ...(company.older ?? [])]) {
      routes.set(archivePath(company.cik, filing.accession), () => fullSubmission(company, filing));
    }
  }
  const requests: RequestLog[] = [];
  const seen = new Map<string, number>();
  const open = new Set<ServerResponse>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ url: path, at: performance.now(), userAgent: req.headers['user-agent'] });
    const n = seen.get(path) ?? 0;
    seen.set(path, n + 1);
    const body = routes.get(path);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    const behaviour = behaviours[path]?.(n) ?? 'ok';
    const text = body();
    const headers = { 'content-type': path.endsWith('.json') ? 'application/json' : 'text/plain' };
    if (typeof behaviour === 'number') {
      res.writeHead(behaviour, behaviour === 429 ? { 'retry-after': '0' } : {}).end(`status ${behaviour}`);
    } else if (behaviour === 'cut') {
      // Promises the whole length, sends half, drops the connection.
      const bytes = Buffer.from(text);
      res.writeHead(200, { ...headers, 'content-length': String(bytes.length) });
      res.write(bytes.subarray(0, bytes.length >> 1), () => res.destroy());
    } else if (behaviour === 'slow' || behaviour === 'hang') {
      open.add(res);
      res.writeHead(200, headers);
      res.write(text.slice(0, 100));
      if (behaviour === 'slow') {
        setTimeout(() => {
          open.delete(res);
          if (!res.destroyed) res.end(text.slice(100));
        }, options.slowMs ?? 1500);
      }
    } else {
      res.writeHead(200, headers).end(text);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: (p) => requests.filter((r) => r.url === p).length,
    close: () =>
      new Promise((resolve) => {
        for (const res of open) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
