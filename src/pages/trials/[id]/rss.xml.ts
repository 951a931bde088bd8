/** The feed of one trial: every filing that mentions it, with what each said of it. */
import type { APIContext } from 'astro';
import { trials } from '../../../site/collections';
import { entityFeed } from '../../../site/feeds';
import { url } from '../../../site/urls';

export async function getStaticPaths() {
  return (await trials()).map((trial) => ({ params: { id: trial.id }, props: { trial } }));
}

export function GET({ props: { trial }, site }: APIContext<{ trial: Awaited<ReturnType<typeof trials>>[number] }>) {
  return entityFeed({
    name: trial.title,
    page: url.trial(trial.id),
    self: url.trialFeed(trial.id),
    site,
    timeline: trial.timeline,
  });
}
