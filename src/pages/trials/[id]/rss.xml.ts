/** The feed of one trial: every filing that mentions it, with what each said of it. */
import type { APIContext } from 'astro';
import { trials } from '../../../site/collections';
import { entityEntries, rssFeed } from '../../../site/feeds';
import { url } from '../../../site/urls';

export async function getStaticPaths() {
  return (await trials()).map((trial) => ({ params: { id: trial.id }, props: { trial } }));
}

export async function GET({ props, site }: APIContext<{ trial: Awaited<ReturnType<typeof trials>>[number] }>) {
  const { trial } = props;
  return rssFeed({
    title: `filing-digest: ${trial.title}`,
    description: `SEC filings that mention ${trial.title}, with what each says.`,
    page: url.trial(trial.id),
    self: url.trialFeed(trial.id),
    site: site ?? new URL('http://localhost/'),
    entries: await entityEntries(trial.timeline),
  });
}
