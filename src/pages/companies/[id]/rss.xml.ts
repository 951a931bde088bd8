/** The feed of one company: every filing that mentions it, with what each said of it. */
import type { APIContext } from 'astro';
import { companies } from '../../../site/collections';
import { entityEntries, rssFeed } from '../../../site/feeds';
import { url } from '../../../site/urls';

export async function getStaticPaths() {
  return (await companies()).map((company) => ({ params: { id: company.id }, props: { company } }));
}

export async function GET({ props, site }: APIContext<{ company: Awaited<ReturnType<typeof companies>>[number] }>) {
  const { company } = props;
  return rssFeed({
    title: `filing-digest: ${company.name}`,
    description: `SEC filings that mention ${company.name}, with what each says.`,
    page: url.company(company.id),
    self: url.companyFeed(company.id),
    site: site ?? new URL('http://localhost/'),
    entries: await entityEntries(company.timeline),
  });
}
