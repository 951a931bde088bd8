/** The feed of one compound: every filing that mentions it, with what each said of it. */
import type { APIContext } from 'astro';
import { compounds } from '../../../site/collections';
import { entityEntries, rssFeed } from '../../../site/feeds';
import { url } from '../../../site/urls';

export async function getStaticPaths() {
  return (await compounds()).map((compound) => ({ params: { id: compound.id }, props: { compound } }));
}

export async function GET({ props, site }: APIContext<{ compound: Awaited<ReturnType<typeof compounds>>[number] }>) {
  const { compound } = props;
  return rssFeed({
    title: `filing-digest: ${compound.name}`,
    description: `SEC filings that mention ${compound.name}, with what each says.`,
    page: url.compound(compound.id),
    self: url.compoundFeed(compound.id),
    site: site ?? new URL('http://localhost/'),
    entries: await entityEntries(compound.timeline),
  });
}
