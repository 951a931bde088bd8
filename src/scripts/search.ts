/** Mounts Pagefind's UI on the search page and runs the `?q=` search, if any. */
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare const PagefindUI: new (options: Record<string, unknown>) => PagefindUIInstance;

export function startSearch() {
  const element = document.getElementById('search');
  if (!element || typeof PagefindUI === 'undefined') return;
  const ui = new PagefindUI({
    element: '#search',
    bundlePath: element.dataset.bundle,
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
