/** The site's URLs (stable: feeds and outside links depend on them). */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export const url = {
  home: () => `${base}/`,
  filings: () => `${base}/filings/`,
  filing: (id: string) => `${base}/filings/${id}/`,
  companies: () => `${base}/companies/`,
  company: (id: string) => `${base}/companies/${id}/`,
  compounds: () => `${base}/compounds/`,
  compound: (id: string) => `${base}/compounds/${id}/`,
  trials: () => `${base}/trials/`,
  trial: (id: string) => `${base}/trials/${id}/`,
  sentence: (filing: string, anchor: string) => `${base}/filings/${filing}/#${anchor}`,
  feed: () => `${base}/rss.xml`,
  jsonFeed: () => `${base}/feed.json`,
  companyFeed: (id: string) => `${base}/companies/${id}/rss.xml`,
  compoundFeed: (id: string) => `${base}/compounds/${id}/rss.xml`,
  trialFeed: (id: string) => `${base}/trials/${id}/rss.xml`,
  search: () => `${base}/search/`,
  sitemap: () => `${base}/sitemap-index.xml`,
  /** Where Pagefind writes its index and UI. */
  pagefind: () => `${base}/pagefind/`,
  data: (name: string) => `${base}/data/${name}.json`,
};

/** The filing's index page on EDGAR, when its accession number and CIK are known. */
export function edgarUrl(accession: string | null, cik: string | null): string | null {
  if (!accession || !cik || !/^\d{10}-\d{2}-\d{6}$/.test(accession) || !/^\d+$/.test(cik)) return null;
  return `https://www.sec.gov/Archives/edgar/data/${Number(cik)}/${accession.replace(/-/g, '')}/${accession}-index.htm`;
}

// One formatter for the build: toLocaleDateString builds a new one per call, which was the slowest step of rendering.
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2005-09-07" → "7 September 2005". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'date unknown';
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat.format(d);
}
