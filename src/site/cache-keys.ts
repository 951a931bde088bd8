/**
 * Keys for Astro's incremental build: a page is rendered again only when its
 * key changes, so a key must cover everything the page shows (Astro does not
 * track what a page reads from a collection). Each key is a hash of the
 * record and of the names and titles the page shows of what it links to.
 */
import { createHash } from 'node:crypto';
import { type Company, type Compound, type Filing, idOf, index, type Trial } from './collections';
import { filingCategories } from './feeds';

const hash = (parts: unknown[]) => createHash('sha1').update(JSON.stringify(parts)).digest('base64url');

type Refs = (string | { id: string })[];
async function names(refs: { companies?: Refs; compounds?: Refs; trials?: Refs; filings?: Refs }) {
  const all = await index();
  return [
    (refs.companies ?? []).map((r) => all.companies.get(idOf(r))?.name),
    (refs.compounds ?? []).map((r) => all.compounds.get(idOf(r))?.name),
    (refs.trials ?? []).map((r) => all.trials.get(idOf(r))?.title),
    (refs.filings ?? []).map((r) => {
      const f = all.filings.get(idOf(r));
      return f && [f.title, f.date, f.form];
    }),
  ];
}

/** A filing's record is fixed by its bytes and the parser (sourceDigest); the rest is what it links to. */
export async function filingKey(f: Filing): Promise<string> {
  const amend = [f.amendsFiling, ...f.amendedBy]
    .filter((x) => x !== null)
    .map((r) => idOf(r as string | { id: string }));
  return hash([f.sourceDigest, f.id, await names({ ...f, filings: amend })]);
}

export async function entityKey(e: Company | Compound | Trial, extra: unknown = null): Promise<string> {
  const refs = e as {
    companies?: Refs;
    compounds?: Refs;
    trials?: Refs;
    filings?: Refs;
    compound?: string | { id: string };
    owner?: string | { id: string } | null;
  };
  const linked = await names({
    companies: [...(refs.companies ?? []), ...(refs.owner ? [refs.owner] : [])],
    compounds: [...(refs.compounds ?? []), ...(refs.compound ? [refs.compound] : [])],
    trials: refs.trials,
    filings: refs.filings,
  });
  return hash([e, linked, extra]);
}

/**
 * An entity's feed shows what its history file holds (named by a hash of its
 * content) and, for each of its filings, what feeds.ts takes from the filing.
 */
export async function feedKey(e: { historyFile: string; filings: Refs }): Promise<string> {
  const all = await index();
  const items = await Promise.all(
    e.filings.map(async (r) => {
      const f = all.filings.get(idOf(r));
      return (
        f && [
          f.title,
          f.date,
          f.filedDate,
          f.form,
          f.registrant.name,
          f.accession,
          f.keyFacts,
          await filingCategories(f),
        ]
      );
    }),
  );
  return hash([e.historyFile, items]);
}
