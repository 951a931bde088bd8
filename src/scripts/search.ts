/** Mounts Pagefind's UI on the search page and runs the `?q=` search, if any. */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare const PagefindUI: new (options: Record<string, unknown>) => PagefindUIInstance;

/** The other shards of a large site's index, which dist/pagefind/shards.json names (src/integrations/search-index.ts). */
async function otherShards(bundle: string): Promise<{ bundlePath: string }[]> {
  try {
    const response = await fetch(`${bundle}shards.json`);
    const { merge } = (await response.json()) as { merge: string[] };
    return merge.map((folder) => ({
      bundlePath: new URL(`../${folder}`, new URL(bundle, window.location.href)).pathname,
    }));
  } catch {
    return [];
  }
}

export async function startSearch() {
  const element = document.getElementById('search');
  if (!element || typeof PagefindUI === 'undefined') return;
  const bundle = element.dataset.bundle ?? '/pagefind/';
  const ui = new PagefindUI({
    element: '#search',
    bundlePath: bundle,
    mergeIndex: await otherShards(bundle),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: 'Search filings, companies, compounds, trials' },
  });
  // Pagefind's input has only a placeholder: give it a label that assistive technology reads.
  element.querySelector('input')?.setAttribute('aria-label', 'Search filings, companies, compounds and trials');
  const query = new URLSearchParams(window.location.search).get('q');
  if (query) ui.triggerSearch(query);
}
