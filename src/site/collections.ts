/**
 * The collections, read once per build: every page imports these instead of
 * calling getCollection itself, so no page scans a collection again.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { idOf } from './refs';

export { idOf };

export type Filing = CollectionEntry<'filings'>['data'];
export type Company = CollectionEntry<'companies'>['data'];
export type Compound = CollectionEntry<'compounds'>['data'];
export type Trial = CollectionEntry<'trials'>['data'];
export type Source = CollectionEntry<'sources'>['data'];

const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let cached: Promise<T> | undefined;
  return () => {
    cached ??= load();
    return cached;
  };
};

export const newestFirst = (a: Filing, b: Filing) =>
  (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });

export const filings = once(async () => (await getCollection('filings')).map((e) => e.data).sort(newestFirst));
export const companies = once(async () => (await getCollection('companies')).map((e) => e.data).sort(byName));
export const compounds = once(async () => (await getCollection('compounds')).map((e) => e.data).sort(byName));
export const trials = once(async () =>
  (await getCollection('trials')).map((e) => e.data).sort((a, b) => a.title.localeCompare(b.title)),
);
export const sources = once(async () =>
  (await getCollection('sources')).map((e) => e.data).sort((a, b) => a.file.localeCompare(b.file)),
);

/** Lookups by id, for the cross-links on every page. */
export const index = once(async () => ({
  filings: new Map((await filings()).map((x) => [x.id, x])),
  companies: new Map((await companies()).map((x) => [x.id, x])),
  compounds: new Map((await compounds()).map((x) => [x.id, x])),
  trials: new Map((await trials()).map((x) => [x.id, x])),
}));

/** References → link items for EntityLinks, skipping any id the map does not hold. */
export function linksTo<T>(
  refs: (string | { id: string })[],
  map: Map<string, T>,
  href: (id: string) => string,
  label: (x: T) => string,
  note?: (x: T) => string | undefined,
): { href: string; label: string; note?: string }[] {
  return refs.map(idOf).flatMap((id) => {
    const x = map.get(id);
    return x === undefined ? [] : [{ href: href(id), label: label(x), note: note?.(x) }];
  });
}
