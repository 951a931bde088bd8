/**
 * A search result's group: the company its page belongs to. A large site's search index is
 * sharded by group (src/integrations/search-index.ts), so a changed filing, whose pages are
 * mostly its own company's, makes one or two shards stale instead of most of them.
 */
import { type Company, type Compound, type Filing, idOf, type Trial } from './collections';

/** The filing's registrant's company page (by CIK, else by name), or the filing itself. */
export function filingGroup(filing: Filing, companies: Map<string, Company>): string {
  const { cik, name } = filing.registrant;
  const ids = filing.companies.map(idOf);
  const registrant =
    (cik && ids.find((id) => companies.get(id)?.cik === cik)) || ids.find((id) => companies.get(id)?.name === name);
  return registrant ?? ids[0] ?? filing.id;
}

/** A compound goes with its owner, a trial with its compound's owner or its first company. */
export const compoundGroup = (compound: Compound): string => (compound.owner ? idOf(compound.owner) : compound.id);

export function trialGroup(trial: Trial, compound: Compound | undefined): string {
  if (compound?.owner) return idOf(compound.owner);
  const first = trial.companies[0];
  return first ? idOf(first) : trial.id;
}
