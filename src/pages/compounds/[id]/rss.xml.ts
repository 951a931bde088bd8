/** The feed of one compound: every filing that mentions it, with what each said of it. */
import { compounds } from '../../../site/collections';
import { entityFeedRoute } from '../../../site/entity-feed';
import { url } from '../../../site/urls';

export const { getStaticPaths, GET } = entityFeedRoute(compounds, {
  name: (e) => e.name,
  page: url.compound,
  self: url.compoundFeed,
});
