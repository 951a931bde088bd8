/**
 * Synthetic filings for the benchmark: N filing-sized 8-Ks, deterministic
 * from a seed, in the three layouts the site reads (plain text, EDGAR full
 * submission, HTML). A world of companies, compounds, partners and trials is
 * drawn first, so entities recur across filings as they do in real life:
 * a few companies file often, most file a few times a year.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

const SYLLABLES = [
  'ar',
  'bel',
  'cor',
  'dan',
  'el',
  'fer',
  'gal',
  'hel',
  'is',
  'jun',
  'kal',
  'lor',
  'mer',
  'nov',
  'or',
  'pra',
  'quin',
  'ros',
  'sel',
  'tav',
  'ul',
  'ver',
  'xan',
  'zen',
];
const SUFFIXES = [
  'Therapeutics, Inc.',
  'Biosciences, Inc.',
  'Pharmaceuticals, Inc.',
  'Bio, Inc.',
  'Oncology, Inc.',
  'Medicines Corp.',
];
const STEMS = ['mab', 'tinib', 'ciclib', 'lisib', 'parib', 'rafenib', 'degib', 'tide', 'stat', 'gliflozin'];
const TARGETS = [
  'HER2',
  'EGFR',
  'CD20',
  'CD38',
  'BCMA',
  'PD-1',
  'PD-L1',
  'TROP2',
  'KRAS',
  'FGFR2',
  'CD19',
  'IL-23',
  'TNF',
  'GLP-1',
];
const INDICATIONS = [
  'metastatic melanoma',
  'non-small cell lung cancer',
  'multiple myeloma',
  'acute myeloid leukemia',
  'metastatic breast cancer',
  'pancreatic cancer',
  'ulcerative colitis',
  'plaque psoriasis',
  "Alzheimer's disease",
  'obesity',
  'type 2 diabetes',
  'chronic kidney disease',
  'ovarian cancer',
  'gastric cancer',
];
const PAYLOADS = ['DM1', 'DM4', 'MMAE', 'SN-38', 'deruxtecan'];
const STATES = [
  ['Delaware', 'DE'],
  ['Massachusetts', 'MA'],
  ['California', 'CA'],
  ['New York', 'NY'],
  ['New Jersey', 'NJ'],
] as const;
const CITIES: Record<string, string> = {
  DE: 'WILMINGTON',
  MA: 'CAMBRIDGE',
  CA: 'SOUTH SAN FRANCISCO',
  NY: 'NEW YORK',
  NJ: 'PRINCETON',
};
const SITES = [
  'Dana-Farber Cancer Institute',
  'MD Anderson Cancer Center',
  'Memorial Sloan Kettering Cancer Center',
  'Mayo Clinic',
  'Massachusetts General Hospital',
  'Cleveland Clinic',
  'Johns Hopkins University',
];
const PEOPLE = [
  'Sarah Klein',
  'David Ortiz',
  'Maria Rossi',
  'James Chen',
  'Anna Novak',
  'Peter Walsh',
  'Laura Fischer',
  'Tom Berg',
];
const MEETINGS = [
  'the ASCO Annual Meeting',
  'the ASH Annual Meeting',
  'the ESMO Congress',
  'the AACR Annual Meeting',
  'the EASD Annual Meeting',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Compound {
  code: string;
  inn: string | null;
  target: string;
  indication: string;
  adc: { antibody: string; payload: string } | null;
  phase: number;
}
interface Company {
  name: string;
  short: string;
  cik: string;
  ticker: string;
  state: (typeof STATES)[number];
  address: string;
  phone: string;
  compounds: Compound[];
  filings: number;
}

const cap = (s: string) => s[0]?.toUpperCase() + s.slice(1);
const word = (r: Random, n: number) => Array.from({ length: n }, () => r.pick(SYLLABLES)).join('');

function world(r: Random, count: number): Company[] {
  const n = Math.max(8, Math.round(count / 18));
  const names = new Set<string>();
  return Array.from({ length: n }, (_, i) => {
    let short = cap(word(r, 2 + r.int(2)));
    while (names.has(short)) short = cap(word(r, 3));
    names.add(short);
    const prefix = short.slice(0, 2).toUpperCase() + String.fromCharCode(65 + (i % 26));
    const compounds = Array.from({ length: 2 + r.int(4) }, (_, k): Compound => {
      const stem = r.pick(STEMS);
      const adc =
        stem === 'mab' && r.next() < 0.4 ? { antibody: `${word(r, 2)}tuzumab`, payload: r.pick(PAYLOADS) } : null;
      return {
        code: `${prefix}-${100 + k * 17 + r.int(9)}`,
        inn: r.next() < 0.6 ? `${word(r, 2)}${stem}` : null,
        target: r.pick(TARGETS),
        indication: r.pick(INDICATIONS),
        adc,
        phase: 1,
      };
    });
    const state = r.pick(STATES);
    return {
      name: `${short} ${r.pick(SUFFIXES)}`,
      short,
      cik: String(1_000_000 + i * 37 + r.int(30)),
      ticker: short.slice(0, 4).toUpperCase(),
      state,
      address: `${100 + r.int(900)} ${cap(word(r, 2))} Street, ${cap(CITIES[state[1]]?.toLowerCase() ?? 'Boston')}, ${state[1]} 0${2100 + r.int(800)}`,
      phone: `(${600 + r.int(300)}) 555-${1000 + r.int(9000)}`,
      compounds,
      filings: 0,
    };
  });
}

const BOILERPLATE = `This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the timing and results of clinical trials, the potential of product candidates, regulatory submissions and the sufficiency of cash resources. These statements are based on current expectations and are subject to risks and uncertainties, including the risks that clinical trials may not demonstrate safety or efficacy, that regulatory authorities may not approve product candidates, that the company may need additional capital, and other risks described in the company's filings with the Securities and Exchange Commission, including its most recent Annual Report on Form 10-K and Quarterly Reports on Form 10-Q. Actual results may differ materially. The company undertakes no obligation to update any forward-looking statement, except as required by law.`;

export interface GeneratedFiling {
  /** File name in filings/. */
  name: string;
  body: string;
  /** The same filing as one Markdown page, for the plain-Astro baseline. */
  markdown: string;
}

interface Story {
  headline: string;
  paragraphs: string[];
}

function story(r: Random, c: Company, date: string, companies: Company[]): Story {
  const compound = r.pick(c.compounds);
  const name = compound.inn ? `${compound.inn} (${compound.code})` : compound.code;
  const short = compound.inn ?? compound.code;
  const partner = r.pick(companies.filter((x) => x !== c));
  const about = `${short} is an investigational ${compound.adc ? `antibody-drug conjugate composed of the ${compound.adc.antibody} antibody and the ${compound.adc.payload} payload` : 'therapy'} that targets ${compound.target}, in development for the treatment of ${compound.indication}.`;
  const kind = r.int(6);
  const phase = compound.phase;
  let headline: string;
  const p: string[] = [];
  if (kind === 0 || kind === 1) {
    if (kind === 1 && compound.phase < 3) compound.phase++;
    headline = `${c.short} Initiates Phase ${compound.phase} Clinical Trial of ${short} in ${cap(compound.indication)}`;
    p.push(
      `${c.name} (Nasdaq: ${c.ticker}) today announced that the first patient has been dosed in a Phase ${compound.phase} clinical trial of ${name} for the treatment of patients with ${compound.indication}.`,
      `The open-label, multicenter study is designed to evaluate the safety and tolerability of ${short} and to determine the recommended Phase ${compound.phase + 1} dose. The trial is expected to enroll approximately ${20 + r.int(200)} patients at sites in the United States and Europe, including ${r.pick(SITES)}, where ${r.pick(PEOPLE)}, M.D., is the principal investigator.`,
      `Patients will receive ${short} once every three weeks at escalating dose levels, from ${1 + r.int(5)} to ${20 + r.int(200)} mg/kg.`,
    );
  } else if (kind === 2) {
    headline = `${c.short} Presents Data from Phase ${phase} Trial of ${short} at ${r.pick(MEETINGS).replace(/^the /, '')}`;
    p.push(
      `${c.name} (Nasdaq: ${c.ticker}) today announced that data from the ongoing Phase ${phase} clinical trial of ${name} in patients with ${compound.indication} were presented at ${r.pick(MEETINGS)}.`,
      `As of the data cut-off, ${10 + r.int(90)} patients had been treated across ${3 + r.int(6)} dose levels. The maximum tolerated dose was established at ${10 + r.int(200)} mg/m2. Partial responses were observed in ${1 + r.int(9)} patients, and ${short} was generally well tolerated.`,
      `"We are encouraged by these results," said ${r.pick(PEOPLE)}, Chief Medical Officer of ${c.short}.`,
    );
  } else if (kind === 3) {
    headline = `${c.short} and ${partner.short} Enter into Collaboration and License Agreement for ${short}`;
    p.push(
      `${c.name} (Nasdaq: ${c.ticker}) today announced that it has entered into a collaboration and license agreement with ${partner.name} to develop and commercialize ${name} for ${compound.indication}.`,
      `Under the terms of the agreement, ${partner.short} will pay ${c.short} an upfront payment of $${5 + r.int(95)} million and up to $${100 + r.int(900)} million in development and commercial milestones, plus royalties on net sales.`,
      `${c.short} will complete the ongoing Phase ${phase} trial, after which ${partner.short} will lead further development.`,
    );
  } else if (kind === 4) {
    headline = `${c.short} Completes Enrollment in Phase ${phase} Trial of ${short}`;
    p.push(
      `${c.name} (Nasdaq: ${c.ticker}) today announced that enrollment has been completed in its Phase ${phase} clinical trial of ${name} in patients with ${compound.indication}, with ${30 + r.int(300)} patients enrolled.`,
      `Top-line results are expected in the second half of the year.`,
    );
  } else {
    headline = `${c.short} Reports Financial Results and Business Highlights`;
    p.push(
      `${c.name} (Nasdaq: ${c.ticker}) today reported financial results for the quarter ended ${date.slice(0, 7)} and provided an update on its pipeline.`,
      `Cash, cash equivalents and marketable securities were $${50 + r.int(900)}.${r.int(10)} million. Research and development expenses were $${5 + r.int(90)}.${r.int(10)} million for the quarter.`,
      `The company continues to advance ${name} in ${compound.indication}.`,
    );
  }
  p.push(
    `About ${short}`,
    about,
    `About ${c.short}`,
    `${c.name} is a clinical-stage biotechnology company developing targeted therapies for patients with cancer and other serious diseases.`,
  );
  return { headline, paragraphs: p };
}

const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
};

function eightK(c: Company, s: Story, date: string, layout: 'text' | 'html'): { main: string[]; exhibit: string[] } {
  const main = [
    'UNITED STATES SECURITIES AND EXCHANGE COMMISSION',
    'Washington, D.C. 20549',
    'FORM 8-K',
    'CURRENT REPORT',
    'PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934',
    `Date of Report (Date of earliest event reported): ${longDate(date)}`,
    c.name,
    '(Exact name of registrant as specified in its charter)',
    `${c.state[0]} (State or other jurisdiction of incorporation) 001-${30000 + (Number(c.cik) % 9000)} (Commission File Number) ${10 + (Number(c.cik) % 80)}-${1000000 + (Number(c.cik) % 8999999)} (IRS Employer Identification No.)`,
    c.address,
    '(Address of principal executive offices) (Zip Code)',
    `Registrant's telephone number, including area code: ${c.phone}`,
    'Check the appropriate box below if the Form 8-K filing is intended to simultaneously satisfy the filing obligation of the registrant under any of the following provisions:',
    '☐ Written communications pursuant to Rule 425 under the Securities Act (17 CFR 230.425)',
    '☐ Soliciting material pursuant to Rule 14a-12 under the Exchange Act (17 CFR 240.14a-12)',
    'Item 8.01 Other Events.',
    `On ${longDate(date)}, ${c.name} issued a press release, a copy of which is attached as Exhibit 99.1 to this Current Report on Form 8-K and is incorporated herein by reference.`,
    'Item 9.01 Financial Statements and Exhibits.',
    '(d) Exhibits',
    `99.1 Press release of ${c.name} dated ${longDate(date)}.`,
    'SIGNATURES',
    'Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.',
    c.name.toUpperCase(),
    `Date: ${longDate(date)} By: /s/ ${PEOPLE[Number(c.cik) % PEOPLE.length]}`,
    `${PEOPLE[Number(c.cik) % PEOPLE.length]} Chief Financial Officer`,
  ];
  const exhibit = [
    ...(layout === 'text' ? ['Exhibit 99.1'] : []),
    s.headline,
    `${CITIES[c.state[1]]}, ${c.state[1]} -- ${longDate(date)} -- ${s.paragraphs[0]}`,
    ...s.paragraphs.slice(1),
    'Forward-Looking Statements',
    BOILERPLATE,
    'Contacts',
    `Investors: ${PEOPLE[(Number(c.cik) + 3) % PEOPLE.length]}, ${c.phone}, ir@${c.short.toLowerCase()}.example.com`,
  ];
  return { main, exhibit };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The filings, one at a time (memory stays flat however many are asked for). */
export function* generateFilings(count: number, seed = 1): Generator<GeneratedFiling> {
  const r = random(seed);
  const companies = world(r, count);
  // A few companies file often: weight by 1/rank (Zipf-like).
  const weights = companies.map((_, i) => 1 / (i + 1) ** 0.8);
  const total = weights.reduce((a, b) => a + b, 0);
  const start = Date.UTC(2012, 0, 2);
  const span = 12 * 365 * 86_400_000;
  for (let i = 0; i < count; i++) {
    let x = r.next() * total;
    let k = 0;
    for (; k < companies.length - 1; k++) {
      x -= weights[k] as number;
      if (x <= 0) break;
    }
    const c = companies[k] as Company;
    c.filings++;
    const date = new Date(start + Math.floor((i / count) * span) + r.int(5) * 86_400_000).toISOString().slice(0, 10);
    const s = story(r, c, date, companies);
    const yy = date.slice(2, 4);
    const accession = `${c.cik.padStart(10, '0')}-${yy}-${String(i + 1).padStart(6, '0')}`;
    const layout = (['text', 'sgml', 'html'] as const)[i % 3] as 'text' | 'sgml' | 'html';
    const { main, exhibit } = eightK(c, s, date, layout === 'html' ? 'html' : 'text');
    const markdown = `---\ntitle: ${JSON.stringify(s.headline)}\ndate: ${date}\ncompany: ${JSON.stringify(c.name)}\n---\n\n${[...main, ...exhibit].join('\n\n')}\n`;
    const slug = `${c.short.toLowerCase()}-${date}-${String(i + 1).padStart(6, '0')}`;
    if (layout === 'text') {
      yield { name: `${slug}-8k.txt`, body: `${[...main, ...exhibit].join('\n\n')}\n`, markdown };
    } else if (layout === 'html') {
      const html = [
        ...main.map((l) => `<p>${escapeHtml(l)}</p>`),
        '<hr>',
        '<p><b>Exhibit 99.1</b></p>',
        ...exhibit.map((l, j) => (j === 0 ? `<p><b>${escapeHtml(l)}</b></p>` : `<p>${escapeHtml(l)}</p>`)),
      ];
      yield {
        name: `${slug}-8k.htm`,
        body: `<html><head><title>8-K</title></head><body>\n${html.join('\n')}\n</body></html>\n`,
        markdown,
      };
    } else {
      const d = date.replace(/-/g, '');
      const body = `<SEC-DOCUMENT>${accession}.txt : ${d}
<SEC-HEADER>${accession}.hdr.sgml : ${d}
ACCESSION NUMBER:\t\t${accession}
CONFORMED SUBMISSION TYPE:\t8-K
PUBLIC DOCUMENT COUNT:\t\t2
CONFORMED PERIOD OF REPORT:\t${d}
ITEM INFORMATION:\t\tOther Events
ITEM INFORMATION:\t\tFinancial Statements and Exhibits
FILED AS OF DATE:\t\t${d}

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\t${c.name.toUpperCase()}
\t\tCENTRAL INDEX KEY:\t\t\t${c.cik.padStart(10, '0')}
\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tPHARMACEUTICAL PREPARATIONS [2834]
\t\tSTATE OF INCORPORATION:\t\t\t${c.state[1]}
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>form8-k.txt
<TEXT>
${main.join('\n\n')}
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<SEQUENCE>2
<FILENAME>ex99-1.txt
<DESCRIPTION>PRESS RELEASE
<TEXT>
${exhibit.join('\n\n')}
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
`;
      yield { name: `${accession}.txt`, body, markdown };
    }
  }
}

/** Writes N filings to `dir` and their Markdown pages to `markdownDir`; returns the file names. */
export function writeFilings(count: number, seed: number, dir: string, markdownDir?: string): string[] {
  mkdirSync(dir, { recursive: true });
  if (markdownDir) mkdirSync(markdownDir, { recursive: true });
  const names: string[] = [];
  for (const f of generateFilings(count, seed)) {
    writeFileSync(path.join(dir, f.name), f.body);
    if (markdownDir) writeFileSync(path.join(markdownDir, `${f.name.replace(/\.\w+$/, '')}.md`), f.markdown);
    names.push(f.name);
  }
  return names;
}
