/** The feed of one company: every filing that mentions it, with what each said of it. */
import { companies } from '../../../site/collections';
import { entityFeedRoute } from '../../../site/entity-feed';
import { url } from '../../../site/urls';

export const { getStaticPaths, GET } = entityFeedRoute(companies, {
  name: (e) => e.name,
  page: url.company,
  self: url.companyFeed,
});
