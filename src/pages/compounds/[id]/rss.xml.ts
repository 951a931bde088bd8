/** The feed of one compound: every filing that mentions it, with what each said of it. */
import type { APIContext } from 'astro';
import { compounds } from '../../../site/collections';
import { entityFeed } from '../../../site/feeds';
import { url } from '../../../site/urls';

export async function getStaticPaths() {
  return (await compounds()).map((compound) => ({ params: { id: compound.id }, props: { compound } }));
}

export function GET({
  props: { compound },
  site,
}: APIContext<{ compound: Awaited<ReturnType<typeof compounds>>[number] }>) {
  return entityFeed({
    name: compound.name,
    page: url.compound(compound.id),
    self: url.compoundFeed(compound.id),
    site,
    timeline: compound.timeline,
  });
}
