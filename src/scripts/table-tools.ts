/**
 * Sorting and filtering for the index tables, in the reader's browser: no
 * server needed. Without JavaScript the tables read in full and in their
 * built order; the controls appear only when this runs. Cells are compared
 * by `data-sort` when they have one (dates, numbers), else by their text.
 */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const cellKey = (row: HTMLTableRowElement, column: number) => {
  const cell = row.cells[column];
  return cell?.dataset.sort ?? cell?.textContent?.trim() ?? '';
};

function makeSortable(table: HTMLTableElement) {
  const body = table.tBodies[0];
  const header = table.tHead?.rows[0];
  if (!body || !header) return;
  [...header.cells].forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent ?? '';
    th.replaceChildren(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of header.cells) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const rows = [...body.rows].sort((a, b) => collator.compare(cellKey(a, column), cellKey(b, column)));
      if (!ascending) rows.reverse();
      body.append(...rows);
    });
  });
}

function wireFilters(bar: HTMLElement) {
  const table = document.getElementById(bar.dataset.filtersFor ?? '') as HTMLTableElement | null;
  const body = table?.tBodies[0];
  if (!body) return;
  const selects = [...bar.querySelectorAll<HTMLSelectElement>('select[data-column]')];
  const status = bar.querySelector<HTMLElement>('[role="status"]');
  const apply = () => {
    let shown = 0;
    for (const row of body.rows) {
      const visible = selects.every((s) => {
        if (!s.value) return true;
        const cell = row.cells[Number(s.dataset.column)];
        const values = (cell?.dataset.values ?? cell?.textContent ?? '').split('|').map((v) => v.trim());
        return values.includes(s.value);
      });
      row.hidden = !visible;
      if (visible) shown++;
    }
    if (status) status.textContent = `Showing ${shown} of ${body.rows.length}`;
  };
  for (const select of selects) select.addEventListener('change', apply);
  bar.hidden = false;
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) makeSortable(table);
for (const bar of document.querySelectorAll<HTMLElement>('[data-filters-for]')) wireFilters(bar);
