/** The sentences entity rules read: the filing's statements, not its forms and boilerplate. */
import type { Block, SectionKind, Sourced } from '../types.js';

export interface SentenceRef {
  id: string;
  text: string;
  section: SectionKind;
  blockId: string;
}

const READ: ReadonlySet<SectionKind> = new Set(['item', 'press-release', 'letterhead', 'about', 'exhibit', 'other']);

export function readableSentences(blocks: Block[]): SentenceRef[] {
  const out: SentenceRef[] = [];
  for (const block of blocks) {
    if (!READ.has(block.section)) continue;
    for (const s of block.sentences) out.push({ id: s.id, text: s.text, section: block.section, blockId: block.id });
  }
  return out;
}

export const sourced = <T>(value: T, s: SentenceRef): Sourced<T> => ({ value, sentenceId: s.id, sentence: s.text });

/** Escape a string for use inside a RegExp. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
