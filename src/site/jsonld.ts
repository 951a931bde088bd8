/**
 * schema.org descriptions of the site's pages, for search engines: a filing
 * is a Report, a company an Organization, a compound a Drug, a trial a
 * MedicalTrial. Serialised with jsonForScript, so filing text cannot end the
 * script element it sits in.
 */
import type { Company, Compound, Filing, Trial } from './collections';
import { edgarUrl } from './urls';

type Thing = Record<string, unknown>;
const clean = (thing: Thing): Thing =>
  Object.fromEntries(
    Object.entries(thing).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );

export const organization = (c: Pick<Company, 'name'> & Partial<Company>, url?: string): Thing =>
  clean({
    '@type': 'Organization',
    name: c.name,
    url,
    alternateName: [...(c.aliases ?? []), ...(c.formerNames ?? [])],
    identifier: c.cik ? { '@type': 'PropertyValue', propertyID: 'SEC CIK', value: c.cik } : undefined,
    address: c.address ?? undefined,
    telephone: c.phone ?? undefined,
    description: c.description ?? undefined,
  });

export const report = (f: Filing, url: string): Thing =>
  clean({
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: f.title,
    url,
    reportNumber: f.accession,
    datePublished: f.filedDate ?? f.date,
    genre: f.form,
    author: f.registrant.name ? organization({ name: f.registrant.name, cik: f.registrant.cik }) : undefined,
    sameAs: edgarUrl(f.accession, f.registrant.cik),
    abstract: f.keyFacts.map((k) => k.text).join(' ') || undefined,
  });

export const company = (c: Company, url: string): Thing => ({
  '@context': 'https://schema.org',
  ...organization(c, url),
});

export const drug = (c: Compound, url: string, owner?: Company): Thing =>
  clean({
    '@context': 'https://schema.org',
    '@type': 'Drug',
    name: c.name,
    url,
    alternateName: c.aliases,
    description: c.description ?? undefined,
    manufacturer: owner ? organization(owner) : undefined,
    mechanismOfAction: c.target ? `targets ${c.target}` : undefined,
  });

export const medicalTrial = (t: Trial, url: string, compound?: Compound, sponsors: Company[] = []): Thing =>
  clean({
    '@context': 'https://schema.org',
    '@type': 'MedicalTrial',
    name: t.title,
    url,
    phase: t.phaseLabel,
    identifier: t.nct ?? undefined,
    description: t.description ?? t.objective ?? undefined,
    healthCondition: t.indication ? { '@type': 'MedicalCondition', name: t.indication } : undefined,
    studySubject: compound ? { '@type': 'Drug', name: compound.name } : undefined,
    sponsor: sponsors.map((s) => organization(s)),
    location: t.sites.map((s) => clean({ '@type': 'Place', name: s.name, address: s.location ?? undefined })),
  });
