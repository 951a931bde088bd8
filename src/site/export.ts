/**
 * The static JSON export: one array per collection, each record with its id,
 * display name, page URL and the ids of what it links to.
 */
import { companies, compounds, filings, idOf, sources, trials } from './collections';
import { url } from './urls';

const ids = (refs: (string | { id: string })[]) => refs.map(idOf);

export const exporters = {
  filings: async () =>
    (await filings()).map((f) => ({
      id: f.id,
      name: f.title,
      url: url.filing(f.id),
      form: f.form,
      accession: f.accession,
      filedDate: f.filedDate,
      date: f.date,
      dateOfReport: f.dateOfReport,
      pressReleaseDate: f.pressReleaseDate,
      registrant: f.registrant,
      items: f.items.map((i) => ({ number: i.number, title: i.title })),
      exhibits: f.exhibits,
      signature: f.signature,
      headline: f.pressRelease?.headline ?? null,
      keyFacts: f.keyFacts.map((k) => ({ text: k.text, url: url.sentence(f.id, k.sentenceId) })),
      sourceFiles: f.sourceFiles,
      companies: ids(f.companies),
      compounds: ids(f.compounds),
      trials: ids(f.trials),
      amends: f.amendsFiling ? idOf(f.amendsFiling) : null,
      amendedBy: ids(f.amendedBy),
    })),
  companies: async () =>
    (await companies()).map((c) => ({
      id: c.id,
      name: c.name,
      url: url.company(c.id),
      aliases: c.aliases,
      formerNames: c.formerNames,
      cik: c.cik,
      roles: c.roles,
      description: c.description,
      filings: ids(c.filings),
      compounds: ids(c.compounds),
      trials: ids(c.trials),
    })),
  compounds: async () =>
    (await compounds()).map((c) => ({
      id: c.id,
      name: c.name,
      url: url.compound(c.id),
      aliases: c.aliases,
      modality: c.modality,
      antibody: c.antibody,
      payload: c.payload,
      target: c.target,
      indications: c.indications,
      description: c.description,
      owner: c.owner ? idOf(c.owner) : null,
      filings: ids(c.filings),
      companies: ids(c.companies),
      trials: ids(c.trials),
    })),
  trials: async () =>
    (await trials()).map((t) => ({
      id: t.id,
      name: t.title,
      url: url.trial(t.id),
      phase: t.phase,
      indication: t.indication,
      nct: t.nct,
      description: t.description,
      design: t.design,
      objective: t.objective,
      schedule: t.schedule,
      sites: t.sites,
      investigators: t.investigators,
      enrolment: t.enrolment,
      doseLevels: t.doseLevels,
      status: t.status.map((s) => ({ value: s.value, date: s.date, filing: s.filing })),
      presentations: t.presentations,
      compound: idOf(t.compound),
      filings: ids(t.filings),
      companies: ids(t.companies),
    })),
  'build-report': async () => {
    const all = await sources();
    const count = (outcome: string) => all.filter((s) => s.outcome === outcome).length;
    return {
      /** Files of the filings folder; content/ files are listed with outcome "curation". */
      files: all.filter((s) => s.outcome !== 'curation').length,
      curation: count('curation'),
      published: count('published'),
      rejected: count('rejected'),
      duplicates: count('duplicate'),
      problems: all.reduce((n, s) => n + s.problems.length, 0),
      sources: all,
    };
  },
} as const;

export type ExportName = keyof typeof exporters;
