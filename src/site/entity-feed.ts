/**
 * The feed route of one kind of entity (src/pages/<kind>/[id]/rss.xml.ts):
 * one feed per company, compound or trial, each with its cacheKey.
 */
import type { APIContext } from 'astro';
import { feedKey } from './cache-keys';
import { history } from './entity-history';
import { entityFeed } from './feeds';

interface Entity {
  id: string;
  historyFile: string;
  filings: (string | { id: string })[];
}

export function entityFeedRoute<E extends Entity>(
  entities: () => Promise<E[]>,
  show: { name: (e: E) => string; page: (id: string) => string; self: (id: string) => string },
) {
  return {
    getStaticPaths: async () =>
      Promise.all(
        (await entities()).map(async (entity) => ({
          params: { id: entity.id },
          props: { entity },
          cacheKey: await feedKey(entity),
        })),
      ),
    GET: async ({ props: { entity }, site }: APIContext<{ entity: E }>) =>
      entityFeed({
        name: show.name(entity),
        page: show.page(entity.id),
        self: show.self(entity.id),
        site,
        timeline: (await history(entity)).timeline,
      }),
  };
}
