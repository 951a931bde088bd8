/** The feed of one compound: every filing that mentions it, with what each said of it. */
import type { APIContext } from 'astro';
import { feedKey } from '../../../site/cache-keys';
import { compounds } from '../../../site/collections';
import { history } from '../../../site/entity-history';
import { entityFeed } from '../../../site/feeds';
import { url } from '../../../site/urls';

export async function getStaticPaths() {
  return Promise.all(
    (await compounds()).map(async (compound) => ({
      params: { id: compound.id },
      props: { compound },
      cacheKey: await feedKey(compound),
    })),
  );
}

export async function GET({
  props: { compound },
  site,
}: APIContext<{ compound: Awaited<ReturnType<typeof compounds>>[number] }>) {
  return entityFeed({
    name: compound.name,
    page: url.compound(compound.id),
    self: url.compoundFeed(compound.id),
    site,
    timeline: (await history(compound)).timeline,
  });
}
