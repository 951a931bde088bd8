/** Blocks → the structure of a filing: cover, items, exhibits, signature, press release. */
import type { Block, Exhibit, Item, PressRelease, Registrant, Signature } from '../types.js';
import { readCover } from './cover.js';
import { readExhibits } from './exhibits.js';
import { readItems } from './items.js';
import { readPressRelease } from './press-release.js';
import { findLayout, tagSections } from './sections.js';
import { readSignature } from './signature.js';

export interface FilingStructure {
  form: string | null;
  dateOfReport: string | null;
  registrant: Registrant;
  items: Item[];
  exhibits: Exhibit[];
  signature: Signature | null;
  pressRelease: PressRelease | null;
}

/**
 * `blocks` is the primary document; `release`, when given, the blocks of the
 * press-release exhibit (an EX-99 document of its own).
 */
export function readStructure(blocks: Block[], release?: Block[], knownForm?: string | null): FilingStructure {
  const form = knownForm ?? readCover(blocks.slice(0, 40)).form;
  const layout = findLayout(blocks, !form || /^8-K/i.test(form));
  tagSections(blocks, layout);
  const cover = readCover(blocks.slice(0, layout.coverEnd || Math.min(blocks.length, 40)));
  const signature = layout.signature ? readSignature(blocks.slice(...layout.signature)) : null;
  // A filing without 8-K structure (a bare press release) is read whole.
  const releaseBlocks = release ?? (layout.items.length ? blocks.slice(layout.exhibitsStart) : blocks);
  return {
    form: cover.form,
    dateOfReport: cover.dateOfReport,
    registrant: { ...cover.registrant, name: cover.registrant.name ?? signature?.registrant ?? null },
    items: readItems(blocks, layout),
    exhibits: readExhibits(blocks, layout),
    signature,
    pressRelease: readPressRelease(releaseBlocks),
  };
}
