/** The feed of one trial: every filing that mentions it, with what each said of it. */
import { trials } from '../../../site/collections';
import { entityFeedRoute } from '../../../site/entity-feed';
import { url } from '../../../site/urls';

export const { getStaticPaths, GET } = entityFeedRoute(trials, {
  name: (e) => e.title,
  page: url.trial,
  self: url.trialFeed,
});
