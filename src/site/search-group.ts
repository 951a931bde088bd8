/**
 * A search result's group: the company its page belongs to. A large site's search index is
 * sharded by group (src/integrations/search-index.ts), so a changed filing, whose pages are
 * mostly its own company's, makes one or two shards stale instead of most of them.
 */
import type { Company, Compound, Filing, Trial } from './collections';
import { idOf } from './refs';

/** The filing's registrant's company page (by CIK, else by any of its names), or the filing itself. */
export function filingGroup(filing: Filing, companies: Map<string, Company>): string {
  const { cik, name } = filing.registrant;
  const ids = filing.companies.map(idOf);
  const named = (c: Company | undefined) =>
    !!name && (c?.name === name || !!c?.aliases.includes(name) || !!c?.formerNames.includes(name));
  const registrant =
    (cik && ids.find((id) => companies.get(id)?.cik === cik)) || ids.find((id) => named(companies.get(id)));
  return registrant || ids[0] || filing.id;
}

/** A compound goes with its owner (set by the editors) or else the first company that names it. */
export function compoundGroup(compound: Compound): string {
  const first = compound.owner ?? compound.companies[0];
  return first ? idOf(first) : compound.id;
}

/** A trial goes with its compound, so a company's pipeline shares its shard; else with its first company. */
export function trialGroup(trial: Trial, compound: Compound | undefined): string {
  if (compound) return compoundGroup(compound);
  const first = trial.companies[0];
  return first ? idOf(first) : trial.id;
}
