/**
 * Finds the parts of a filing in its blocks: cover page, items, signature,
 * exhibit index, and what follows (the exhibits, usually the press
 * release). Tags each block with its section and returns the ranges.
 */

import type { Block } from '../types.js';
import { officialItemTitle } from '../vocab/form8k-items.js';

export interface ItemHeading {
  index: number;
  number: string;
  title: string;
  /** Text that shares the heading's block ("Item 8.01 Other Events. On May 1, …"). */
  rest: string;
}

export interface Layout {
  coverEnd: number;
  items: ItemHeading[];
  itemsEnd: number;
  signature: [number, number] | null;
  exhibitIndex: [number, number] | null;
  /** Where the exhibits (press release) start; blocks.length when there are none. */
  exhibitsStart: number;
}

const ITEM_HEADING = /^item\s+(\d{1,2}(?:\.\d{2})?)\s*[.:]?\s*(?:[-–—:]\s*)?(.*)$/i;

/** A block that is only a page number or a page marker. */
export const isPageMarker = (text: string): boolean =>
  /^(?:\d{1,3}|-\s*\d{1,3}\s*-|page \d+|-more-|- more -|\(more\)|<page>)$/i.test(text.trim());

export function readItemHeading(text: string): Omit<ItemHeading, 'index'> | null {
  // A heading laid out as a table row ("Item 5.02. | Departure of …") reads the same without the cell rule.
  const m = ITEM_HEADING.exec(text.trim().replace(/\s*\|\s*/g, ' '));
  if (!m?.[1]) return null;
  const number = m[1];
  const official = officialItemTitle(number);
  if (!official) return null;
  const after = (m[2] ?? '').trim();
  // The heading may be alone, or followed by the item's text in the same block.
  if (after.toLowerCase().startsWith(official.toLowerCase())) {
    return { number, title: official, rest: after.slice(official.length).replace(/^[\s.:–—-]+/, '') };
  }
  // A long heading that still opens with the official wording is a variant of the title, not text.
  const letters = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .slice(0, 24);
  if (after.length <= 160 || letters(after) === letters(official)) return { number, title: official, rest: '' };
  return null;
}

const SIGNATURE_HEADING = /^signatures?\.?$/i;
const EXHIBIT_INDEX_HEADING = /^exhibit index$/i;
const SIGNATURE_TITLE_WORD =
  /\b(officer|president|controller|director|secretary|treasurer|counsel|chairman|chairperson|ceo|cfo|manager|partner|principal)\b/i;

/** How far the signature block runs: to the officer's title after the last "/s/". */
function signatureEnd(blocks: Block[], start: number): number {
  let lastSigned = -1;
  const limit = Math.min(blocks.length, start + 16);
  for (let i = start + 1; i < limit; i++) {
    const text = blocks[i]?.text ?? '';
    if (EXHIBIT_INDEX_HEADING.test(text)) break;
    if (/\/s\//.test(text)) lastSigned = i;
  }
  if (lastSigned < 0) return Math.min(blocks.length, start + 1);
  let end = lastSigned + 1;
  if (SIGNATURE_TITLE_WORD.test(blocks[lastSigned]?.text ?? '')) return end;
  for (let taken = 0; taken < 3 && end < blocks.length; taken++) {
    const text = blocks[end]?.text ?? '';
    const looksLikeLetterhead = text === text.toUpperCase() && /[A-Z]/.test(text);
    if (text.length > 160 || looksLikeLetterhead || /^exhibit/i.test(text) || /\d{3}/.test(text)) break;
    end++;
    if (SIGNATURE_TITLE_WORD.test(text) || /^title:/i.test(text)) {
      // "Name:" / "Title:" / "Date:" lines may follow the title.
      while (end < blocks.length && /^(title|date|name):/i.test(blocks[end]?.text ?? '')) end++;
      break;
    }
  }
  return end;
}

/** An exhibit-index block: a row ("99.1 | Press release"), a number, a header or a page number. */
const isExhibitIndexBlock = (text: string): boolean =>
  /^(?:exhibit(?:\s*(?:no\.?|number))?(?:\s*\|?\s*(?:exhibit|description))?|description|\d{1,3}(?:\.\d{1,3})?[a-z]?(?:\s.*)?)$/i.test(
    text,
  ) && text.length < 300;

/** `readItems` is false for forms whose items are not 8-K items (a 10-Q's "Item 1" is another thing). */
export function findLayout(blocks: Block[], readItems = true): Layout {
  const items: ItemHeading[] = [];
  let signatureStart = -1;
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]?.text ?? '';
    if (SIGNATURE_HEADING.test(text) && i > 0) {
      signatureStart = i;
      break;
    }
    const heading = readItems ? readItemHeading(text) : null;
    // An item number seen again is a cross-reference, not a new heading.
    if (heading && !items.some((it) => it.number === heading.number)) items.push({ index: i, ...heading });
  }
  // Forms without items (6-K, 10-Q, a bare release): the cover runs to the first long paragraph.
  const firstProse = blocks.findIndex((b) => b.text.length > 400 || EXHIBIT_INDEX_HEADING.test(b.text));
  const coverEnd =
    items[0]?.index ??
    Math.min(signatureStart >= 0 ? signatureStart : blocks.length, firstProse >= 0 ? firstProse : blocks.length, 60);
  const itemsEnd = items.length ? (signatureStart >= 0 ? signatureStart : blocks.length) : coverEnd;

  let cursor = signatureStart >= 0 ? signatureStart : itemsEnd;
  let signature: [number, number] | null = null;
  if (signatureStart >= 0) {
    signature = [signatureStart, signatureEnd(blocks, signatureStart)];
    cursor = signature[1];
  }
  const indexRange = (at: number): [number, number] => {
    let end = at + 1;
    while (end < blocks.length && isExhibitIndexBlock(blocks[end]?.text ?? '')) end++;
    return [at, end];
  };
  let exhibitIndex: [number, number] | null = null;
  if (EXHIBIT_INDEX_HEADING.test(blocks[cursor]?.text ?? '')) {
    exhibitIndex = indexRange(cursor);
    cursor = exhibitIndex[1];
  } else {
    // Some filings (6-Ks, older 8-Ks) put the exhibit index before the signatures.
    const before = blocks.findIndex(
      (b, i) => i < (signatureStart >= 0 ? signatureStart : blocks.length) && EXHIBIT_INDEX_HEADING.test(b.text),
    );
    if (before >= 0) exhibitIndex = indexRange(before);
  }
  // Items end where an exhibit index that follows them begins.
  const lastItem = items.at(-1)?.index ?? -1;
  const end = exhibitIndex && exhibitIndex[0] > lastItem ? Math.min(itemsEnd, exhibitIndex[0]) : itemsEnd;
  return { coverEnd, items, itemsEnd: end, signature, exhibitIndex, exhibitsStart: cursor };
}

/** Tags each block with the section the layout puts it in (press-release parts are tagged later). */
export function tagSections(blocks: Block[], layout: Layout): void {
  blocks.forEach((block, i) => {
    if (i < layout.coverEnd) block.section = 'cover';
    else if (layout.exhibitIndex && i >= layout.exhibitIndex[0] && i < layout.exhibitIndex[1])
      block.section = 'exhibit-index';
    else if (i < layout.itemsEnd) block.section = 'item';
    else if (layout.signature && i >= layout.signature[0] && i < layout.signature[1]) block.section = 'signature';
    else if (i >= layout.exhibitsStart) block.section = 'exhibit';
  });
}
