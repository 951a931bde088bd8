/** The 8-K items: number, official title and the text under each heading. */
import type { Block, Item } from '../types.js';
import { isPageMarker, type Layout } from './sections.js';

export function readItems(blocks: Block[], layout: Layout): Item[] {
  return layout.items.map((heading, n) => {
    const end = layout.items[n + 1]?.index ?? layout.itemsEnd;
    const body = blocks.slice(heading.index + 1, end).filter((b) => !isPageMarker(b.text));
    const paragraphs = heading.rest ? [heading.rest, ...body.map((b) => b.text)] : body.map((b) => b.text);
    return {
      number: heading.number,
      title: heading.title,
      text: paragraphs.join('\n\n'),
      blockIds: blocks.slice(heading.index, end).map((b) => b.id),
    };
  });
}
