/** The feed of one trial: every filing that mentions it, with what each said of it. */
import type { APIContext } from 'astro';
import { feedKey } from '../../../site/cache-keys';
import { trials } from '../../../site/collections';
import { history } from '../../../site/entity-history';
import { entityFeed } from '../../../site/feeds';
import { url } from '../../../site/urls';

export async function getStaticPaths() {
  return Promise.all(
    (await trials()).map(async (trial) => ({
      params: { id: trial.id },
      props: { trial },
      cacheKey: await feedKey(trial),
    })),
  );
}

export async function GET({
  props: { trial },
  site,
}: APIContext<{ trial: Awaited<ReturnType<typeof trials>>[number] }>) {
  return entityFeed({
    name: trial.title,
    page: url.trial(trial.id),
    self: url.trialFeed(trial.id),
    site,
    timeline: (await history(trial)).timeline,
  });
}
