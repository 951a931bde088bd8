/** The exhibit list, from the exhibits item (9.01, or 7 before 2004) and the exhibit index. */
import type { Block, Exhibit } from '../types.js';
import { EXHIBIT_ITEMS } from '../vocab/form8k-items.js';
import type { Layout } from './sections.js';

const EXHIBIT_NUMBER = /^(?:exhibit\s+(?:no\.?\s*)?)?(\d{1,3}\.\d{1,3}[a-z]?|\d{2,3}[a-z]?)$/i;
const EXHIBIT_ROW =
  /^(?:exhibit\s+(?:no\.?\s*)?)?(\d{1,3}\.\d{1,3}[a-z]?|\d{2,3}[a-z]?)\s*[|:–—-]?\s+([A-Za-z].{3,})$/i;

function exhibitsIn(blocks: Block[]): Exhibit[] {
  const found: Exhibit[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]?.text ?? '';
    const row = EXHIBIT_ROW.exec(text);
    if (row?.[1] && row[2]) {
      found.push({ number: row[1], description: row[2].replace(/\s*\|\s*\d{1,3}$/, '').trim(), blockId: null });
      continue;
    }
    // A number alone, its description in the next block (text pulled from a table).
    const lone = EXHIBIT_NUMBER.exec(text);
    const next = blocks[i + 1]?.text ?? '';
    if (lone?.[1] && /^[A-Za-z]/.test(next) && !/^signatures?$/i.test(next)) {
      found.push({ number: lone[1], description: next, blockId: null });
      i++;
    }
  }
  return found;
}

export function readExhibits(blocks: Block[], layout: Layout): Exhibit[] {
  const sources: Block[][] = [];
  layout.items.forEach((heading, n) => {
    if (EXHIBIT_ITEMS.has(heading.number)) {
      sources.push(blocks.slice(heading.index + 1, layout.items[n + 1]?.index ?? layout.itemsEnd));
    }
  });
  if (layout.exhibitIndex) sources.push(blocks.slice(layout.exhibitIndex[0] + 1, layout.exhibitIndex[1]));
  const byNumber = new Map<string, Exhibit>();
  for (const exhibit of sources.flatMap(exhibitsIn)) {
    if (!byNumber.has(exhibit.number)) byNumber.set(exhibit.number, exhibit);
  }
  return [...byNumber.values()];
}
