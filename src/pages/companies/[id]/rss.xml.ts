/** The feed of one company: every filing that mentions it, with what each said of it. */
import type { APIContext } from 'astro';
import { feedKey } from '../../../site/cache-keys';
import { companies } from '../../../site/collections';
import { history } from '../../../site/entity-history';
import { entityFeed } from '../../../site/feeds';
import { url } from '../../../site/urls';

export async function getStaticPaths() {
  return Promise.all(
    (await companies()).map(async (company) => ({
      params: { id: company.id },
      props: { company },
      cacheKey: await feedKey(company),
    })),
  );
}

export async function GET({
  props: { company },
  site,
}: APIContext<{ company: Awaited<ReturnType<typeof companies>>[number] }>) {
  return entityFeed({
    name: company.name,
    page: url.company(company.id),
    self: url.companyFeed(company.id),
    site,
    timeline: (await history(company)).timeline,
  });
}
